import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';

import { listAudit } from '@/server/audit/list-audit';
import { requestSubject } from '@/server/http/request-person';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('audit');
  return { title: t('title') };
}

type Query = { action?: string; actor?: string; target?: string; from?: string; to?: string; cursor?: string };
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const [t, format, actor] = [await getTranslations('audit'), await getFormatter(), (await requestSubject())!];
  const filter: Record<string, string> = {};
  for (const key of ['action', 'actor', 'target'] as const) if (query[key]) filter[key] = query[key].slice(0, 64);
  for (const key of ['from', 'to'] as const) if (query[key] && DAY.test(query[key])) filter[key] = query[key];
  const { entries, total, actions, nextCursor } = await listAudit(actor, { ...filter, cursor: query.cursor || undefined, limit: 50 });
  const link = (change: Record<string, string | undefined>) => {
    const params = Object.fromEntries(Object.entries({ ...filter, ...change }).filter(([, value]) => value)) as Record<string, string>;
    return `/admin/audit?${new URLSearchParams(params)}`;
  };
  const actionName = (action: string) => (t.has(`actions.${action.replace('.', '_')}`) ? t(`actions.${action.replace('.', '_')}` as never) : action);
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <form className="admin-filter" action="/admin/audit">
        <label>{t('action')}
          <select name="action" defaultValue={filter.action ?? ''}>
            <option value="">{t('anyAction')}</option>
            {actions.map((action) => <option key={action} value={action}>{actionName(action)}</option>)}
          </select>
        </label>
        <label>{t('from')}<input type="date" name="from" defaultValue={filter.from ?? ''} /></label>
        <label>{t('to')}<input type="date" name="to" defaultValue={filter.to ?? ''} /></label>
        {filter.actor && <input type="hidden" name="actor" value={filter.actor} />}
        {filter.target && <input type="hidden" name="target" value={filter.target} />}
        <button type="submit" className="button">{t('filter')}</button>
      </form>
      {(filter.actor || filter.target) && (
        <p>
          {filter.actor && <Link href={link({ actor: undefined })}>{t('clearActor')}</Link>} {filter.target && <Link href={link({ target: undefined })}>{t('clearTarget')}</Link>}
        </p>
      )}
      <p aria-live="polite">{t('count', { total })}</p>
      {entries.length === 0 ? <p className="empty-state">{t('none')}</p> : (
        <div className="admin-scroll">
        <table className="admin-table audit-table">
          <thead>
            <tr>
              <th scope="col">{t('when')}</th>
              <th scope="col">{t('who')}</th>
              <th scope="col">{t('action')}</th>
              <th scope="col">{t('target')}</th>
              <th scope="col">{t('details')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>{format.dateTime(new Date(entry.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}</td>
                <td>{entry.actorId ? <Link href={link({ actor: entry.actorId })}>{entry.actorName ?? entry.actorId}</Link> : t('system')}</td>
                <th scope="row">{actionName(entry.action)}</th>
                <td><Link href={link({ target: entry.targetId })}>{entry.targetType} {entry.targetId.slice(0, 10)}</Link></td>
                <td><code>{Object.keys(entry.data).length ? JSON.stringify(entry.data) : ''}</code></td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
      <nav aria-label={t('pages')} className="form-actions">
        {query.cursor && <Link href={link({})}>{t('firstPage')}</Link>}
        {nextCursor && <Link href={`${link({})}&cursor=${encodeURIComponent(nextCursor)}`}>{t('nextPage')}</Link>}
      </nav>
    </>
  );
}
