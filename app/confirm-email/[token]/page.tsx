import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { ConfirmEmailButton } from '@/components/mail/confirm-email-button';
import { peekToken } from '@/server/links/one-time-token';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  return { title: (await getTranslations('confirmEmail'))('title'), referrer: 'no-referrer' };
}

export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations('confirmEmail');
  const usable = await peekToken(token, 'email_confirm');
  return (
    <div className="page page-narrow">
      <h1>{t('title')}</h1>
      {usable ? (
        <ConfirmEmailButton token={token} />
      ) : (
        <>
          <p role="alert" className="form-error">{t('invalid')}</p>
          <p><Link href="/me">{t('toMe')}</Link></p>
        </>
      )}
    </div>
  );
}
