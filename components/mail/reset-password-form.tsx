'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';

import { sendJson } from '@/lib/http/send-json';
import { passwordSchema } from '@/lib/schemas/account';

import { FormError } from '../ui/form-error';

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations('passwordReset');
  const tAuth = useTranslations('auth');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    setFailure(null);
    const parsed = passwordSchema.safeParse(new FormData(event.currentTarget).get('password'));
    if (!parsed.success) return setMessage(tAuth(`errors.${parsed.error.issues[0].message}` as 'errors.passwordTooShort'));
    setBusy(true);
    try {
      await sendJson('/api/password-reset/confirm', 'POST', { token, password: parsed.data });
      setDone(true);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    return (
      <div role="status">
        <p className="notice">{t('done')}</p>
        <p>
          <Link href="/signin" className="button">{t('signIn')}</Link>
        </p>
      </div>
    );
  }
  return (
    <form className="form" onSubmit={submit} noValidate>
      <label>
        {t('newPassword')}
        <input name="password" type="password" autoComplete="new-password" required aria-describedby="new-password-hint" />
      </label>
      <p id="new-password-hint" className="hint">{tAuth('passwordHint')}</p>
      <FormError message={message} failure={failure} />
      <button type="submit" className="button" disabled={busy}>
        {busy ? tAuth('working') : t('chooseSubmit')}
      </button>
    </form>
  );
}
