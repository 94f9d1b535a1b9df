import { getTranslations } from 'next-intl/server';

import { ForgotPasswordForm } from '@/components/mail/forgot-password-form';

export async function generateMetadata() {
  return { title: (await getTranslations('passwordReset'))('requestTitle') };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations('passwordReset');
  return (
    <div className="page page-narrow">
      <h1>{t('requestTitle')}</h1>
      <p>{t('requestIntro')}</p>
      <ForgotPasswordForm />
    </div>
  );
}
