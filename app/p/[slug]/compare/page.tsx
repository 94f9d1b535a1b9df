import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';

import { titleFor } from '@/lib/process/localized';
import { ScenarioCompare } from '@/components/map/scenario-compare';
import { getPublicProcess } from '@/server/domain/processes/get-process';

export default async function ComparePage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ left?: string; right?: string }> }) {
  const { slug } = await params;
  const process = await getPublicProcess(slug);
  if (!process) notFound();
  const t = await getTranslations('layers.compare');
  const { left, right } = await searchParams;
  const ids = process.scenarios.map((s) => s.id);
  return (
    <div className="compare-page">
      <header className="compare-header">
        <Link href={`/p/${slug}`}>{t('back')}</Link>
        <h1>{t('title', { title: titleFor(process, await getLocale()) })}</h1>
      </header>
      {process.scenarios.length < 2 ? (
        <p className="page">{t('needTwo')}</p>
      ) : (
        <ScenarioCompare
          process={process}
          initialLeft={left && ids.includes(left) ? left : ids[0]}
          initialRight={right && ids.includes(right) ? right : ids[ids.length - 1]}
        />
      )}
    </div>
  );
}
