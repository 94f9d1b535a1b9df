'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';

import { sendJson } from '@/lib/http/send-json';
import { emailSchema } from '@/lib/schemas/account';

import { FormError } from '../ui/form-error';

export function ForgotPasswordForm() {
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
    const parsed = emailSchema.safeParse(new FormData(event.currentTarget).get('email'));
    if (!parsed.success) return setMessage(tAuth(`errors.${parsed.error.issues[0].message}` as 'errors.emailInvalid'));
    setBusy(true);
    try {
      await sendJson('/api/password-reset', 'POST', { email: parsed.data });
      setDone(true);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  if (done) return <p role="status" className="notice">{t('requestDone')}</p>;
  return (
    <form className="form" onSubmit={submit} noValidate>
      <label>
        {tAuth('email')}
        <input name="email" type="email" autoComplete="email" required />
      </label>
      <FormError message={message} failure={failure} />
      <button type="submit" className="button" disabled={busy}>
        {busy ? tAuth('working') : t('requestSubmit')}
      </button>
    </form>
  );
}
