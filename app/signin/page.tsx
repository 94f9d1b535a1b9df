import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';

import { SignInForm } from '@/components/auth/sign-in-form';

export async function generateMetadata() {
  return { title: (await getTranslations('nav'))('signIn') };
}

export default async function SignInPage() {
  const t = await getTranslations('auth');
  return (
    <div className="page page-narrow">
      <h1>{t('signInTitle')}</h1>
      <Suspense>
        <SignInForm />
      </Suspense>
      <p>
        <Link href="/forgot-password">{(await getTranslations('passwordReset'))('forgotLink')}</Link>
      </p>
      <p>
        {t('noAccount')} <Link href="/signup">{(await getTranslations('nav'))('signUp')}</Link>
      </p>
      {process.env.CIVICTWIN_DEMO === '1' && <p className="hint">{t('demoHint')}</p>}
    </div>
  );
}
