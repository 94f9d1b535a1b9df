import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';

import { ProcessForm } from '@/components/admin/process-form';
import { titleFor } from '@/lib/process/localized';
import { listBasemaps } from '@/server/basemaps/list-basemaps';
import { processForAdmin } from '@/server/domain/processes/process-for-admin';

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const [t, process] = [await getTranslations('processAdmin'), await processForAdmin((await params).slug)];
  return { title: process ? t('editTitle', { title: titleFor(process, await getLocale()) }) : t('listTitle') };
}

export default async function EditProcessPage({ params }: Params) {
  const process = await processForAdmin((await params).slug);
  if (!process) notFound();
  const [t, locale, basemaps] = [await getTranslations('processAdmin'), await getLocale(), await listBasemaps()];
  return (
    <>
      <p><Link href="/admin/processes">{t('back')}</Link> · <Link href={`/p/${process.slug}`}>{t('openMap')}</Link></p>
      <h1>{t('editTitle', { title: titleFor(process, locale) })}</h1>
      <ProcessForm process={process} basemaps={basemaps} around={process.bounds} />
    </>
  );
}
