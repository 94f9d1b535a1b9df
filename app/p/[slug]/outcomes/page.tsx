import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';

import { OutcomeItem } from '@/components/outcomes/outcome-item';
import { getPublicProcess } from '@/server/domain/processes/get-process';
import { listOutcomes } from '@/server/domain/outcomes/list-outcomes';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const process = await getPublicProcess((await params).slug);
  if (!process) notFound();
  const t = await getTranslations('outcomes');
  return { title: t('title', { process: process.title }) };
}

/** "You said, we did": public, for everyone, answered proposals newest answer first. */
export default async function OutcomesPage({ params, searchParams }: Props) {
  const process = await getPublicProcess((await params).slug);
  if (!process) notFound();
  const page = Math.max(1, Math.floor(Number((await searchParams).page)) || 1);
  const t = await getTranslations('outcomes');
  const result = await listOutcomes(process.id, process.layers, page);
  const pageLink = (n: number) => `/p/${process.slug}/outcomes?page=${n}`;
  return (
    <div className="page">
      <p><Link href={`/p/${process.slug}`}>{t('back')}</Link></p>
      <h1>{t('title', { process: process.title })}</h1>
      <p className="lead">{t('intro', { count: result.total })}</p>
      {result.outcomes.length === 0 ? (
        <p className="hint">{t('empty')}</p>
      ) : (
        <ol className="outcome-list">
          {result.outcomes.map((outcome) => <OutcomeItem key={outcome.id} process={process} outcome={outcome} />)}
        </ol>
      )}
      {result.pages > 1 && (
        <nav aria-label={t('pages')} className="form-actions">
          {result.page > 1 && <Link href={pageLink(result.page - 1)}>{t('newer')}</Link>}
          <span>{t('page', { page: result.page, pages: result.pages })}</span>
          {result.page < result.pages && <Link href={pageLink(result.page + 1)}>{t('older')}</Link>}
        </nav>
      )}
    </div>
  );
}
