import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

import { InvitationsPanel } from '@/components/admin/invitations-panel';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('invitations');
  return { title: t('title') };
}

export default async function AdminInvitationsPage() {
  const t = await getTranslations('invitations');
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <InvitationsPanel />
    </>
  );
}
