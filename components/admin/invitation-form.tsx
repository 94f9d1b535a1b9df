'use client';

// Makes an invitation link and shows it once, with a button that copies it.
import { useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';

import { refetchAfterChange } from '@/components/live-events/refetch-after-change';
import { sendJson } from '@/lib/http/send-json';
import { INVITABLE_ROLES } from '@/lib/policy/roles';
import { FormError } from '@/components/ui/form-error';

import { INVITATIONS_KEY } from './invitation-list';

export function InvitationForm() {
  const t = useTranslations('invitations');
  const tRoles = useTranslations('roles');
  const client = useQueryClient();
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setFailure(null);
    setCopied(false);
    try {
      const { path } = await sendJson<{ path: string }>('/api/invitations', 'POST', { role: form.get('role'), label: form.get('label') });
      setLink(`${window.location.origin}${path}`);
      await refetchAfterChange(client, INVITATIONS_KEY);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  async function copy() {
    if (!link) return;
    await navigator.clipboard?.writeText(link).then(() => setCopied(true), () => setCopied(false));
  }

  return (
    <>
      <form className="admin-filter" onSubmit={submit}>
        <label>{t('role')}
          <select name="role" defaultValue="facilitator">
            {INVITABLE_ROLES.map((role) => <option key={role} value={role}>{tRoles(role)}</option>)}
          </select>
        </label>
        <label>{t('label')}<input name="label" maxLength={120} /></label>
        <button type="submit" className="button" disabled={busy}>{t('create')}</button>
      </form>
      <FormError failure={failure} />
      {link && (
        <div className="invitation-link">
          <label>{t('link')}<input readOnly value={link} onFocus={(event) => event.currentTarget.select()} data-testid="invitation-link" /></label>
          <button type="button" className="button button-quiet" onClick={copy}>{t('copy')}</button>
          <p role="status">{copied ? t('copied') : t('once')}</p>
        </div>
      )}
    </>
  );
}
