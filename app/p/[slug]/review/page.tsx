import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';

import { ExportLinks } from '@/components/report/export-links';
import { DistrictsTable } from '@/components/review/districts-table';
import { ReviewDashboard } from '@/components/review/review-dashboard';
import { ThemesPanel } from '@/components/review/themes-panel';
import { allowed } from '@/lib/policy/decide';
import { currentSubject } from '@/server/auth/subject';
import { getPublicProcess } from '@/server/domain/processes/get-process';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const process = await getPublicProcess((await params).slug);
  if (!process) notFound();
  const t = await getTranslations('review');
  return { title: t('title', { process: process.title }) };
}

/** The review dashboard: for those the policy lets review (others get the sign-in page or "not found", as moderation does). */
export default async function ReviewPage({ params }: Props) {
  const { slug } = await params;
  const process = await getPublicProcess(slug);
  if (!process) notFound();
  const subject = await currentSubject();
  if (!subject) redirect(`/signin?next=/p/${slug}/review`);
  if (!allowed(subject, 'process.review', { process })) notFound();
  const t = await getTranslations('participation');
  return (
    <div className="page page-wide">
      <p><Link href={`/p/${slug}`}>{t('proposals.back')}</Link></p>
      {allowed(subject, 'process.export', { process }) && (
        <div className="review-exports">
          <Link href={`/p/${slug}/review/report`} className="button button-quiet">{(await getTranslations('report'))('open')}</Link>
          <ExportLinks slug={slug} />
        </div>
      )}
      <ReviewDashboard process={process} mayAnswer={allowed(subject, 'proposal.answer', { process })}>
        <DistrictsTable />
        <ThemesPanel />
      </ReviewDashboard>
    </div>
  );
}
