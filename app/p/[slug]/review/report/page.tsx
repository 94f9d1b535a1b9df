import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';

import { ExportLinks } from '@/components/report/export-links';
import { PrintButton } from '@/components/report/print-button';
import { ReportAnswers } from '@/components/report/report-answers';
import { ReportFigures } from '@/components/report/report-figures';
import { ReportMap } from '@/components/report/report-map';
import { viewingSubject } from '@/server/auth/actor';
import { getPublicProcess } from '@/server/domain/processes/get-process';
import { getReport } from '@/server/domain/report/get-report';
import { AppError } from '@/server/http/app-error';

import '@/components/report/report.css';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const process = await getPublicProcess((await params).slug);
  if (!process) notFound();
  return { title: (await getTranslations('report'))('title', { process: process.title }) };
}

/** The printable report (A4): councillors and admins; the browser's print makes the PDF. */
export default async function ReportPage({ params }: Props) {
  const { slug } = await params;
  const process = await getPublicProcess(slug);
  if (!process) notFound();
  const t = await getTranslations('report');
  const format = await getFormatter();
  const report = await getReport(await viewingSubject(), process).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 401) redirect(`/signin?next=/p/${slug}/review/report`);
    if (error instanceof AppError && error.status === 403) return null;
    throw error;
  });
  if (!report) return <div className="page"><h1>{t('forbiddenTitle')}</h1><p>{t('forbidden')}</p></div>;
  return (
    <div className="page report">
      <div className="report-actions">
        <Link href={`/p/${slug}`}>{t('back')}</Link>
        <ExportLinks slug={slug} />
        <PrintButton />
      </div>
      <header className="report-header">
        <p className="hint">{t('kicker', { date: format.dateTime(new Date(), { dateStyle: 'long' }) })}</p>
        <h1>{t('title', { process: process.title })}</h1>
        <p className="lead">{process.description}</p>
      </header>
      <section aria-labelledby="report-figures-title">
        <h2 id="report-figures-title">{t('figures')}</h2>
        <ReportFigures process={process} report={report} />
      </section>
      <section aria-labelledby="report-map-title" className="report-section">
        <h2 id="report-map-title">{t('where')}</h2>
        <ReportMap process={process} grid={report.grid} />
      </section>
      <section aria-labelledby="report-themes-title" className="report-section" data-slot="themes">
        <h2 id="report-themes-title">{t('themes')}</h2>
        {report.themes.length === 0 ? <p className="hint">{t('noThemes')}</p> : (
          <ul className="report-themes" data-testid="report-themes">
            {report.themes.map((theme) => <li key={theme.key}>{t('theme', { text: theme.text, count: theme.count })}</li>)}
          </ul>
        )}
      </section>
      <section aria-labelledby="report-answers-title" className="report-section report-answers-section">
        <h2 id="report-answers-title">{t('answers')}</h2>
        <ReportAnswers process={process} answered={report.answered} />
      </section>
    </div>
  );
}
