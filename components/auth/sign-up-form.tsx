'use client';

import { useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { FormEvent } from 'react';

import { apiErrorOf } from '@/lib/errors/api-error';
import { safeNextPath } from '@/lib/http/safe-next-path';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { signUpSchema } from '@/lib/schemas/account';

import { useCredentialsSignIn } from './use-credentials-sign-in';
import { FormError } from '../ui/form-error';

/** With `invitation` (an invitation link's token) the new account gets the role the link gives. */
export function SignUpForm({ invitation }: { invitation?: string } = {}) {
  const t = useTranslations('auth');
  const errorText = useErrorText();
  const { error, setError, busy, signInWith } = useCredentialsSignIn(safeNextPath(useSearchParams().get('next')));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = signUpSchema.safeParse({ name: form.get('name'), email: form.get('email'), password: form.get('password') });
    if (!parsed.success) return setError(t(`errors.${parsed.error.issues[0].message}` as 'errors.invalidCredentials'));
    await signInWith({ email: parsed.data.email, password: parsed.data.password }, async () => {
      const response = await fetch('/api/users', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(invitation ? { ...parsed.data, invitation } : parsed.data) });
      if (response.ok) return null;
      return errorText(await apiErrorOf(response));
    });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <label>
        {t('name')}
        <input name="name" autoComplete="name" required maxLength={60} />
      </label>
      <label>
        {t('email')}
        <input name="email" type="email" autoComplete="email" required />
      </label>
      <label>
        {t('password')}
        <input name="password" type="password" autoComplete="new-password" required minLength={10} aria-describedby="password-hint" />
        <span id="password-hint" className="hint">
          {t('passwordHint')}
        </span>
      </label>
      <FormError message={error} />
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('working') : t('signUpSubmit')}
      </button>
    </form>
  );
}
