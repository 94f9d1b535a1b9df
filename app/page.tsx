import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';

import { isStaff } from '@/lib/policy/roles';
import { descriptionFor, titleFor } from '@/lib/process/localized';
import { listProcesses, type ListedProcess } from '@/server/domain/processes/list-processes';
import { sanitizeDescription } from '@/server/domain/processes/sanitize-description';
import { requestViewer } from '@/server/http/request-person';

export const dynamic = 'force-dynamic';

// Open processes first, then closed ones with their outcomes; drafts only for staff.
export default async function HomePage() {
  const [t, locale, viewer] = [await getTranslations('home'), await getLocale(), await requestViewer()];
  const staff = !!viewer && isStaff(viewer.role);
  const [open, closed, drafts] = await Promise.all([listProcesses(['open']), listProcesses(['closed']), staff ? listProcesses(['draft']) : null]);

  const card = (process: ListedProcess) => {
    const title = titleFor(process, locale);
    return (
      <li key={process.id} className="process-card">
        <h3>
          <Link href={`/p/${process.slug}`}>{title}</Link>
        </h3>
        <p className="meta">
          <span className={`status status-${process.status}`}>{t(`status.${process.status as 'open'}`)}</span>
          <span>{t('layerCount', { count: process.layerCount })}</span>
        </p>
        <div className="process-description" dangerouslySetInnerHTML={{ __html: sanitizeDescription(descriptionFor(process, locale)) }} />
        <p className="form-actions">
          <Link href={`/p/${process.slug}`} className="button" aria-label={`${t('open')}: ${title}`}>
            {t('open')}
          </Link>
          {process.status === 'closed' && (
            <Link href={`/p/${process.slug}/outcomes`} className="button button-quiet" aria-label={`${t('outcomes')}: ${title}`}>
              {t('outcomes')}
            </Link>
          )}
        </p>
      </li>
    );
  };
  const section = (id: string, heading: string, list: { processes: ListedProcess[]; total: number } | null) =>
    list && list.processes.length > 0 && (
      <section aria-labelledby={id}>
        <h2 id={id}>{heading}</h2>
        <ul className="process-list">{list.processes.map(card)}</ul>
        {list.total > list.processes.length && <p className="hint">{t('more', { shown: list.processes.length, total: list.total })}</p>}
      </section>
    );

  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {open.processes.length === 0 && <p className="empty-state">{t('empty')}</p>}
      {section('open-processes', t('openHeading'), open)}
      {section('closed-processes', t('closedHeading'), closed)}
      {section('draft-processes', t('draftHeading'), drafts)}
    </div>
  );
}
