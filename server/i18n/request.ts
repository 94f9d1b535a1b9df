import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';

import { LOCALE_COOKIE, resolveLocale } from '@/lib/i18n/locales';

export default getRequestConfig(async () => {
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get('accept-language'));
  // Times are shown in the territory's zone; the pilots are all in Western/Central Europe.
  return { locale, timeZone: process.env.CIVICTWIN_TIME_ZONE ?? 'Europe/London', messages: (await import(`../../lib/i18n/messages/${locale}.json`)).default };
});
