'use client';

import { useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { FormEvent } from 'react';

import { safeNextPath } from '@/lib/http/safe-next-path';
import { credentialsSchema } from '@/lib/schemas/account';

import { useCredentialsSignIn } from './use-credentials-sign-in';
import { FormError } from '../ui/form-error';

export function SignInForm() {
  const t = useTranslations('auth');
  const next = safeNextPath(useSearchParams().get('next'));
  const { error, setError, busy, signInWith } = useCredentialsSignIn(next);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = credentialsSchema.safeParse({ email: form.get('email'), password: form.get('password') });
    if (!parsed.success) return setError(t(`errors.${parsed.error.issues[0].message}` as 'errors.invalidCredentials'));
    await signInWith(parsed.data);
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <label>
        {t('email')}
        <input name="email" type="email" autoComplete="email" required />
      </label>
      <label>
        {t('password')}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      <FormError message={error} />
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('working') : t('signInSubmit')}
      </button>
    </form>
  );
}
