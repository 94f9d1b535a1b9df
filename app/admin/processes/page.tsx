import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';

import { titleFor } from '@/lib/process/localized';
import { PROCESS_STATUSES } from '@/lib/schemas/process';
import { listProcesses } from '@/server/domain/processes/list-processes';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('processAdmin');
  return { title: t('listTitle') };
}

export default async function AdminProcessesPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = Math.max(1, Math.floor(Number((await searchParams).page)) || 1);
  const [t, locale, format] = [await getTranslations(), await getLocale(), await getFormatter()];
  const { processes, pages } = await listProcesses(PROCESS_STATUSES, page);
  const day = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: 'medium' }) : '—');
  return (
    <>
      <h1>{t('processAdmin.listTitle')}</h1>
      <p>
        <Link href="/admin/processes/new" className="button">{t('processAdmin.create')}</Link>
      </p>
      {processes.length === 0 ? <p className="empty-state">{t('processAdmin.none')}</p> : (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t('errors.fields.title')}</th>
              <th scope="col">{t('errors.fields.status')}</th>
              <th scope="col">{t('errors.fields.opensAt')}</th>
              <th scope="col">{t('errors.fields.closesAt')}</th>
              <th scope="col"><span className="visually-hidden">{t('processAdmin.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {processes.map((process) => (
              <tr key={process.id}>
                <th scope="row"><Link href={`/p/${process.slug}`}>{titleFor(process, locale)}</Link></th>
                <td><span className={`status status-${process.status}`}>{t(`home.status.${process.status as 'open'}`)}</span></td>
                <td>{day(process.opensAt)}</td>
                <td>{day(process.closesAt)}</td>
                <td>
                  <Link href={`/admin/processes/${process.slug}`} aria-label={t('processAdmin.editNamed', { title: titleFor(process, locale) })}>{t('processAdmin.edit')}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 && (
        <nav aria-label={t('processAdmin.pages')} className="form-actions">
          {page > 1 && <Link href={`/admin/processes?page=${page - 1}`}>{t('processAdmin.previous')}</Link>}
          <span>{t('processAdmin.page', { page, pages })}</span>
          {page < pages && <Link href={`/admin/processes?page=${page + 1}`}>{t('processAdmin.next')}</Link>}
        </nav>
      )}
    </>
  );
}
