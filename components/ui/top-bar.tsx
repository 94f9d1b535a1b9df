import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';

import { personLater, requestUser } from '@/server/http/request-person';

import { LanguageSwitch } from './language-switch';
import { UserMenu } from './user-menu';

export async function TopBar() {
  const t = await getTranslations();
  const later = await personLater();
  const user = later ? null : await requestUser();
  return (
    <header className="top-bar">
      {/* The visible name comes first in the link's name, so saying "CivicTwin" activates it (WCAG 2.5.3). */}
      <Link href="/" className="brand">
        <span className="brand-mark" aria-hidden="true">◆</span>
        {t('common.appName')}
        <span className="visually-hidden">{` — ${t('nav.home')}`}</span>
      </Link>
      <div id="top-bar-slot" className="top-bar-slot" />
      <nav className="top-bar-actions" aria-label={t('nav.userMenu')}>
        <LanguageSwitch current={await getLocale()} />
        <UserMenu user={user} later={later} />
      </nav>
    </header>
  );
}
