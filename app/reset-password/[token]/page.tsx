import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { ResetPasswordForm } from '@/components/mail/reset-password-form';
import { peekToken } from '@/server/links/one-time-token';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  return { title: (await getTranslations('passwordReset'))('chooseTitle'), referrer: 'no-referrer' };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations('passwordReset');
  const usable = await peekToken(token, 'password_reset');
  return (
    <div className="page page-narrow">
      <h1>{t('chooseTitle')}</h1>
      {usable ? (
        <ResetPasswordForm token={token} />
      ) : (
        <>
          <p role="alert" className="form-error">{t('linkInvalid')}</p>
          <p>
            <Link href="/forgot-password">{t('askAgain')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
