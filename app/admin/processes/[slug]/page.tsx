import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';

import { ProcessForm } from '@/components/admin/process-form';
import { decideInstallation } from '@/lib/policy/decide';
import { titleFor } from '@/lib/process/localized';
import { basemapChoices, listBasemaps } from '@/server/basemaps/list-basemaps';
import { processForAdmin } from '@/server/domain/processes/process-for-admin';
import { listAreaLayers } from '@/server/domain/processes/territory-areas';
import { requestSubject } from '@/server/http/request-person';

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const [t, process] = [await getTranslations('processAdmin'), await processForAdmin((await params).slug)];
  return { title: process ? t('editTitle', { title: titleFor(process, await getLocale()) }) : t('listTitle') };
}

export default async function EditProcessPage({ params }: Params) {
  const process = await processForAdmin((await params).slug);
  if (!process) notFound();
  const [t, locale, basemaps, choices] = [await getTranslations('processAdmin'), await getLocale(), await listBasemaps(), await basemapChoices()];
  // The admin layout turns others away; the page renders beside it, so it asks the policy too.
  const subject = await requestSubject();
  const areaLayers = decideInstallation(subject, 'process.manage').ok ? await listAreaLayers(subject, process.id) : [];
  return (
    <>
      <p><Link href="/admin/processes">{t('back')}</Link> · <Link href={`/p/${process.slug}`}>{t('openMap')}</Link></p>
      <h1>{t('editTitle', { title: titleFor(process, locale) })}</h1>
      <ProcessForm process={process} basemaps={basemaps} choices={choices} areaLayers={areaLayers} around={process.bounds} />
    </>
  );
}
