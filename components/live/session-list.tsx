'use client';

// A process's live sessions: scheduled ones to start, the live one, ended ones with their summary.
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';

export type SessionItem = { id: string; title: string; status: 'scheduled' | 'live' | 'ended'; code: string | null; joinClosed: boolean; startedAt: string | null; endedAt: string | null; participants: number };

type Props = { slug: string; items: SessionItem[]; onStart?: (id: string) => void; busy?: boolean };

export function SessionList({ slug, items, onStart, busy = false }: Props) {
  const t = useTranslations('live.sessions');
  const format = useFormatter();
  if (items.length === 0) return <p className="hint">{t('none')}</p>;
  return (
    <ul className="session-list" data-testid="session-list">
      {items.map((item) => (
        <li key={item.id} className="session-item" data-status={item.status}>
          <span className="session-item-title">{item.title}</span>
          <span className={`badge badge-${item.status}`}>{t(`status.${item.status}`)}</span>
          {item.status === 'ended' && item.endedAt && (
            <span className="hint">
              {t('endedAt', { when: format.dateTime(new Date(item.endedAt), { dateStyle: 'medium', timeStyle: 'short' }) })} · {t('participants', { count: item.participants })}
            </span>
          )}
          {item.status === 'ended' && <Link href={`/p/${slug}/live/${item.id}`}>{t('summaryLink')}</Link>}
          {item.status === 'scheduled' && onStart && (
            <button type="button" className="button button-quiet" disabled={busy} onClick={() => onStart(item.id)}>
              {t('start')}
              <span className="visually-hidden"> {item.title}</span>
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
