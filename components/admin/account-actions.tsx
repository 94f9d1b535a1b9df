'use client';

// One account's row actions on /admin/people: another role, or a block with its reason, each
// confirmed in a second step that says exactly what will happen.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';

import { sendJson } from '@/lib/http/send-json';
import { ACCOUNT_ROLES, type AccountRole } from '@/lib/policy/roles';
import { FormError } from '@/components/ui/form-error';

type Account = { id: string; name: string; role: AccountRole; blocked: boolean };
type Pending = { kind: 'role'; role: AccountRole } | { kind: 'block'; reason: string } | null;

export function AccountActions({ account, self }: { account: Account; self: boolean }) {
  const t = useTranslations('people');
  const tRoles = useTranslations('roles');
  const router = useRouter();
  const ids = useId();
  const [role, setRole] = useState<AccountRole>(account.role);
  const [reason, setReason] = useState('');
  const [pending, setPending] = useState<Pending>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function confirm() {
    if (!pending) return;
    setBusy(true);
    setFailure(null);
    try {
      const body = pending.kind === 'role' ? { role: pending.role } : { blocked: !account.blocked, reason: pending.reason };
      await sendJson(`/api/users/${account.id}`, 'PATCH', body);
      setPending(null);
      setReason('');
      router.refresh();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  if (pending) {
    const question =
      pending.kind === 'role'
        ? t('confirmRole', { name: account.name, role: tRoles(pending.role) })
        : t(account.blocked ? 'confirmUnblock' : 'confirmBlock', { name: account.name });
    return (
      <div className="account-confirm" role="group" aria-label={question}>
        <p>{question}</p>
        <div className="form-actions">
          <button type="button" className="button" onClick={confirm} disabled={busy}>{t('confirm')}</button>
          <button type="button" className="button button-quiet" onClick={() => { setPending(null); setFailure(null); }} disabled={busy}>{t('cancel')}</button>
        </div>
        <FormError failure={failure} />
      </div>
    );
  }

  return (
    <div className="account-actions">
      <form onSubmit={(event) => { event.preventDefault(); if (role !== account.role) setPending({ kind: 'role', role }); }}>
        <label htmlFor={`${ids}-role`} className="visually-hidden">{t('roleOf', { name: account.name })}</label>
        <select id={`${ids}-role`} value={role} onChange={(event) => setRole(event.target.value as AccountRole)}>
          {ACCOUNT_ROLES.map((option) => <option key={option} value={option}>{tRoles(option)}</option>)}
        </select>
        <button type="submit" className="button button-quiet" disabled={role === account.role}>{t('changeRole')}</button>
      </form>
      {!self && (
        <form onSubmit={(event) => { event.preventDefault(); if (reason.trim()) setPending({ kind: 'block', reason: reason.trim() }); }}>
          <label htmlFor={`${ids}-reason`} className="visually-hidden">{t(account.blocked ? 'unblockReasonOf' : 'blockReasonOf', { name: account.name })}</label>
          <input id={`${ids}-reason`} value={reason} onChange={(event) => setReason(event.target.value)} placeholder={t('reason')} maxLength={500} required />
          <button type="submit" className="button button-danger">{t(account.blocked ? 'unblock' : 'block')}</button>
        </form>
      )}
    </div>
  );
}
