import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';

import { decideAccountAdmin } from '@/lib/policy/decide';
import { outboxFolder } from '@/server/mail/mail-config';
import { listOutbox } from '@/server/mail/list-outbox';
import { requestSubject } from '@/server/http/request-person';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('mailAdmin'))('title') };
}

export default async function AdminMailPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const { cursor } = await searchParams;
  const [t, format] = [await getTranslations('mailAdmin'), await getFormatter()];
  const viewer = await requestSubject();
  // The layout already sends others away; the page renders alongside it, so it checks too.
  if (!decideAccountAdmin(viewer).ok) notFound();
  const { mails, total, nextCursor } = await listOutbox(viewer, { cursor: cursor?.slice(0, 64) || undefined });
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro', { folder: outboxFolder() })}</p>
      <p aria-live="polite">{t('total', { count: total })}</p>
      {mails.length === 0 ? <p className="empty-state">{t('empty')}</p> : (
        <div className="admin-scroll">
          <table className="admin-table" data-testid="outbox">
            <thead>
              <tr>
                <th scope="col">{t('created')}</th>
                <th scope="col">{t('to')}</th>
                <th scope="col">{t('subject')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('attempts')}</th>
              </tr>
            </thead>
            <tbody>
              {mails.map((mail) => (
                <tr key={mail.id}>
                  <td>{format.dateTime(mail.createdAt, { dateStyle: 'short', timeStyle: 'short' })}</td>
                  <td>{mail.toAddress}</td>
                  <td>{mail.subject}</td>
                  <td>
                    {t(`statuses.${mail.status}` as 'statuses.sent')}
                    {mail.lastError && <span className="hint"> — {t('lastError')}: {mail.lastError}</span>}
                  </td>
                  <td>{mail.attempts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {nextCursor && <p><Link href={`/admin/mail?cursor=${nextCursor}`}>{t('older')}</Link></p>}
    </>
  );
}
