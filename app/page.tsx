import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { listOpenProcesses } from '@/server/domain/processes/list-open-processes';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const t = await getTranslations('home');
  const processes = await listOpenProcesses();
  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {processes.length === 0 ? (
        <p className="empty-state">{t('empty')}</p>
      ) : (
        <ul className="process-list">
          {processes.map((process) => (
            <li key={process.id} className="process-card">
              <h2>
                <Link href={`/p/${process.slug}`}>{process.title}</Link>
              </h2>
              <p className="meta">
                <span className={`status status-${process.status}`}>{t(`status.${process.status}`)}</span>
                <span>{t('layerCount', { count: process.layerCount })}</span>
              </p>
              <p>{process.description}</p>
              <Link href={`/p/${process.slug}`} className="button" aria-label={`${t('open')}: ${process.title}`}>
                {t('open')}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
