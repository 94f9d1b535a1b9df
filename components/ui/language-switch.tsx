'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useTransition } from 'react';

import { LOCALE_COOKIE, LOCALES } from '@/lib/i18n/locales';

// Each language is named in itself, so a person finds theirs whatever language is showing.
const NATIVE_NAMES: Record<(typeof LOCALES)[number], string> = { en: 'English', fr: 'Français', nl: 'Nederlands', de: 'Deutsch' };

export function LanguageSwitch({ current }: { current: string }) {
  const t = useTranslations('nav');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language')}</span>
      <select
        value={current}
        disabled={pending}
        onChange={(event) => {
          document.cookie = `${LOCALE_COOKIE}=${event.target.value}; path=/; max-age=31536000; samesite=lax${location.protocol === 'https:' ? '; secure' : ''}`;
          startTransition(() => router.refresh());
        }}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {NATIVE_NAMES[locale]}
          </option>
        ))}
      </select>
    </label>
  );
}
