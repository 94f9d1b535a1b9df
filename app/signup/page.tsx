import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';

import { SignUpForm } from '@/components/auth/sign-up-form';

export async function generateMetadata() {
  return { title: (await getTranslations('nav'))('signUp') };
}

export default async function SignUpPage() {
  const t = await getTranslations('auth');
  return (
    <div className="page page-narrow">
      <h1>{t('signUpTitle')}</h1>
      <p className="lead">{t('signUpIntro')}</p>
      <Suspense>
        <SignUpForm />
      </Suspense>
      <p className="hint">
        {t('privacyNote')} <Link href="/privacy">{(await getTranslations('common'))('privacy')}</Link>
      </p>
      <p>
        {t('haveAccount')} <Link href="/signin">{(await getTranslations('nav'))('signIn')}</Link>
      </p>
    </div>
  );
}
