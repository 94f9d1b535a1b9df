'use client';

import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

import { useErrorText } from '@/lib/i18n/use-error-text';

type Credentials = { email: string; password: string };

/** Signs in with email and password (after an optional first step, like creating the account), then goes on. */
export function useCredentialsSignIn(destination: string) {
  const t = useTranslations('auth');
  const errorText = useErrorText();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function signInWith(credentials: Credentials, firstStep?: () => Promise<string | null>) {
    setBusy(true);
    setError(null);
    try {
      const refused = firstStep ? await firstStep() : null;
      if (refused) return setError(refused);
      const result = await signIn('credentials', { ...credentials, redirect: false });
      if (result?.error) return setError(refusalText(result.code));
      router.push(destination);
      router.refresh();
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  }

  /** `rate_limited:<seconds>` says how long to wait; anything else is a wrong email or password. */
  function refusalText(code: string | undefined) {
    const [reason, seconds] = (code ?? '').split(':');
    if (reason !== 'rate_limited') return t('errors.invalidCredentials');
    return t('errors.rateLimited', { minutes: Math.max(1, Math.ceil(Number(seconds) / 60) || 1) });
  }

  return { error, setError, busy, signInWith };
}
