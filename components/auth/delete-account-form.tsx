'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';

import { sendJson } from '@/lib/http/send-json';
import { FormError } from '../ui/form-error';

export function DeleteAccountForm() {
  const t = useTranslations('me');
  const [failure, setFailure] = useState<unknown>(null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      await sendJson('/api/me', 'DELETE', { password: new FormData(event.currentTarget).get('password') });
      // A full page load, not a client-side push: nothing of the deleted account's session may stay in memory.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign('/');
    } catch (refusal) {
      setFailure(refusal);
    }
  }
  return (
    <form className="form" onSubmit={submit}>
      <label>
        {t('password')}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      <FormError failure={failure} />
      <button type="submit" className="button button-danger">{t('deleteSubmit')}</button>
    </form>
  );
}
