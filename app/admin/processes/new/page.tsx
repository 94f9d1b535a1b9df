import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { ProcessForm } from '@/components/admin/process-form';
import { basemapChoices, listBasemaps } from '@/server/basemaps/list-basemaps';
import { defaultTerritory } from '@/server/domain/processes/process-for-admin';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('processAdmin');
  return { title: t('createTitle') };
}

export default async function NewProcessPage() {
  const t = await getTranslations('processAdmin');
  const [basemaps, choices, around] = await Promise.all([listBasemaps(), basemapChoices(), defaultTerritory()]);
  return (
    <>
      <p><Link href="/admin/processes">{t('back')}</Link></p>
      <h1>{t('createTitle')}</h1>
      <ProcessForm process={null} basemaps={basemaps} choices={choices} around={around} />
    </>
  );
}
