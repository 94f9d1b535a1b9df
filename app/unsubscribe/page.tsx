import { getTranslations } from 'next-intl/server';

import { verifyUnsubscribe } from '@/server/mail/unsubscribe-link';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  return { title: (await getTranslations('unsubscribe'))('title'), referrer: 'no-referrer' };
}

// Opening the link changes nothing (mail scanners open links); the button does, without signing in.
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ u?: string; s?: string; done?: string }> }) {
  const { u = '', s = '', done } = await searchParams;
  const t = await getTranslations('unsubscribe');
  const valid = u.length > 0 && u.length <= 64 && s.length > 0 && verifyUnsubscribe(u, s);
  return (
    <div className="page page-narrow">
      <h1>{t('title')}</h1>
      {done ? (
        <p role="status" className="notice">{t('done')}</p>
      ) : valid ? (
        <form method="post" action={`/api/unsubscribe?u=${encodeURIComponent(u)}&s=${encodeURIComponent(s)}`} className="form">
          <p>{t('intro')}</p>
          <button type="submit" className="button">{t('confirm')}</button>
        </form>
      ) : (
        <p role="alert" className="form-error">{t('invalid')}</p>
      )}
    </div>
  );
}
