import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { SettingsForm } from '@/components/admin/settings-form';
import { readSettings } from '@/server/settings/installation-settings';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('settings');
  return { title: t('title') };
}

export default async function AdminSettingsPage() {
  const [t, settings] = [await getTranslations('settings'), await readSettings()];
  return (
    <>
      <h1>{t('title')}</h1>
      <p>
        {t('intro')} <Link href="/privacy">{t('privacyLink')}</Link>
      </p>
      <SettingsForm initial={settings} />
    </>
  );
}
