import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { AccountActions } from '@/components/admin/account-actions';
import { ACCOUNT_ROLES, isRole, type AccountRole } from '@/lib/policy/roles';
import { ACCOUNT_STATES, listAccounts } from '@/server/domain/users/list-accounts';
import { requestSubject } from '@/server/http/request-person';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('people');
  return { title: t('title') };
}

type Query = { q?: string; role?: string; state?: string; cursor?: string };

export default async function AdminPeoplePage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const [t, tRoles, actor] = [await getTranslations('people'), await getTranslations('roles'), (await requestSubject())!];
  const filter = { q: query.q?.slice(0, 100) || undefined, role: isRole(query.role) ? query.role : undefined, state: (ACCOUNT_STATES as readonly string[]).includes(query.state ?? '') ? query.state : undefined };
  const { accounts, total, nextCursor } = await listAccounts(actor, { ...filter, cursor: query.cursor || undefined, limit: 25 });
  const kept = Object.fromEntries(Object.entries(filter).filter(([, value]) => value)) as Record<string, string>;
  const next = nextCursor ? `/admin/people?${new URLSearchParams({ ...kept, cursor: nextCursor })}` : null;
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <form className="admin-filter" role="search" action="/admin/people">
        <label>{t('search')}<input type="search" name="q" defaultValue={filter.q ?? ''} maxLength={100} /></label>
        <label>{t('role')}
          <select name="role" defaultValue={filter.role ?? ''}>
            <option value="">{t('anyRole')}</option>
            {ACCOUNT_ROLES.map((role) => <option key={role} value={role}>{tRoles(role)}</option>)}
          </select>
        </label>
        <label>{t('state')}
          <select name="state" defaultValue={filter.state ?? ''}>
            <option value="">{t('anyState')}</option>
            {ACCOUNT_STATES.map((state) => <option key={state} value={state}>{t(`states.${state}`)}</option>)}
          </select>
        </label>
        <button type="submit" className="button">{t('find')}</button>
      </form>
      <p aria-live="polite">{t('count', { total })}</p>
      {accounts.length === 0 ? <p className="empty-state">{t('none')}</p> : (
        <div className="admin-scroll">
        <table className="admin-table people-table">
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('email')}</th>
              <th scope="col">{t('role')}</th>
              <th scope="col">{t('state')}</th>
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id}>
                <th scope="row">{account.name}</th>
                <td>{account.email}</td>
                <td>{tRoles(account.role as AccountRole)}</td>
                <td>{account.blocked ? <span title={account.blockedReason ?? ''}>{t('states.blocked')}</span> : t('states.active')}</td>
                <td><AccountActions account={{ id: account.id, name: account.name, role: account.role as AccountRole, blocked: account.blocked }} self={account.id === actor.id} /></td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
      <nav aria-label={t('pages')} className="form-actions">
        {query.cursor && <Link href={`/admin/people?${new URLSearchParams(kept)}`}>{t('firstPage')}</Link>}
        {next && <Link href={next}>{t('nextPage')}</Link>}
      </nav>
    </>
  );
}
