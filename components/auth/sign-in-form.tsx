'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';

import { credentialsSchema } from '@/lib/schemas/account';
import { FormError } from '../ui/form-error';

export function SignInForm() {
  const t = useTranslations('auth');
  const router = useRouter();
  const next = safeReturnPath(useSearchParams().get('next'));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = credentialsSchema.safeParse({ email: form.get('email'), password: form.get('password') });
    if (!parsed.success) return setError(t(`errors.${parsed.error.issues[0].message}` as 'errors.generic'));
    setBusy(true);
    setError(null);
    try {
      const result = await signIn('credentials', { ...parsed.data, redirect: false });
      if (result?.error) return setError(t(result.code === 'rate_limited' ? 'errors.rateLimited' : 'errors.invalidCredentials'));
      router.push(next);
      router.refresh();
    } catch {
      setError(t('errors.generic'));
    } finally {
      setBusy(false);
    }
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

/** Only same-site paths, so a crafted link cannot send someone elsewhere after signing in. */
export function safeReturnPath(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}
