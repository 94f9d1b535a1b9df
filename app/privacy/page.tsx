import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { GUEST_RETENTION_DAYS, SENT_MAIL_RETENTION_DAYS } from '@/lib/privacy/retention-policy';
import { readSettings } from '@/server/settings/installation-settings';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('privacy');
  return { title: t('title') };
}

const COLLECTED = ['account', 'guest', 'contributions', 'technical'] as const;

export default async function PrivacyPage() {
  const [t, settings] = [await getTranslations('privacy'), await readSettings()];
  return (
    <div className="page page-narrow privacy-page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <h2>{t('controllerTitle')}</h2>
      {settings.controllerName ? (
        <p className="privacy-controller">
          <strong>{settings.controllerName}</strong>
          {settings.controllerContact && (
            <>
              <br />
              {settings.controllerContact}
            </>
          )}
        </p>
      ) : (
        <p>{t('controllerUnset')}</p>
      )}
      <h2>{t('collectedTitle')}</h2>
      <ul>
        {COLLECTED.map((item) => <li key={item}>{t(`collected.${item}`)}</li>)}
      </ul>
      <p>{t('noTracking')}</p>
      <h2>{t('retentionTitle')}</h2>
      <ul>
        <li>{t('retention.guests', { days: GUEST_RETENTION_DAYS })}</li>
        <li>{t('retention.deleted')}</li>
        <li>{t('retention.mail', { days: SENT_MAIL_RETENTION_DAYS })}</li>
        <li>{t('retention.contributions')}</li>
      </ul>
      <h2>{t('rightsTitle')}</h2>
      <p>
        {t('rights')} <Link href="/me">{t('rightsLink')}</Link>
      </p>
    </div>
  );
}
