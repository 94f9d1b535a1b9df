'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';

import type { ModerationItem } from '@/lib/participation/views';

import { fetchJson, sendJson } from '@/lib/http/send-json';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useProcessEvents } from '@/components/live-events/use-process-events';

const key = (item: Pick<ModerationItem, 'targetType' | 'targetId'>) => `${item.targetType}:${item.targetId}`;

/** Reported items with bulk hiding and blocking: what a spam wave needs. */
export function ModerationQueue({ slug }: { slug: string }) {
  const t = useTranslations('participation.moderation');
  const errorText = useErrorText();
  const [items, setItems] = useState<ModerationItem[] | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const load = useCallback(
    () => fetchJson<{ items: ModerationItem[] }>(`/api/processes/${slug}/moderation`).then((body) => body && setItems(body.items)),
    [slug],
  );
  useEffect(() => void load(), [load]);
  useProcessEvents(slug, (event) => event.type === 'moderation' && void load());

  async function act(run: () => Promise<unknown>, done: string) {
    if (!reason.trim()) return setMessage({ text: t('reasonRequired'), error: true });
    try {
      await run();
      setMessage({ text: done, error: false });
      setSelected(new Set());
      await load();
    } catch (failure) {
      setMessage({ text: errorText(failure), error: true });
    }
  }

  const hideSelected = () => {
    if (selected.size === 0) return setMessage({ text: t('selectFirst'), error: true });
    const targets = [...selected].map((entry) => ({ targetType: entry.split(':')[0], targetId: entry.split(':')[1] }));
    return act(() => sendJson('/api/moderation', 'POST', { action: 'hide', targets, reason }), '✓');
  };

  return (
    <section aria-labelledby="queue-title">
      <h1 id="queue-title">{t('queue')}</h1>
      <p className="lead">{t('queueIntro')}</p>
      <div className="form moderation-tools">
        <label>
          {t('reason')}
          <input value={reason} onChange={(event) => setReason(event.target.value)} maxLength={500} />
        </label>
        <button type="button" className="button" onClick={hideSelected}>{t('hideSelected')} ({selected.size})</button>
        {message && <p className={message.error ? 'form-error' : 'hint'} role={message.error ? 'alert' : 'status'}>{message.text}</p>}
      </div>
      {items?.length === 0 && <p className="empty-state">{t('queueEmpty')}</p>}
      <ul className="comments" data-testid="moderation-queue">
        {items?.map((item) => (
          <li key={key(item)} className="comment">
            <label className="queue-item">
              <input
                type="checkbox"
                checked={selected.has(key(item))}
                onChange={(event) => setSelected((current) => { const next = new Set(current); if (event.target.checked) next.add(key(item)); else next.delete(key(item)); return next; })}
                aria-label={t('select', { text: item.excerpt?.text.slice(0, 60) ?? item.targetId })}
              />
              <span>
                <span className="comment-meta">{item.targetType} · {t('reports', { count: item.reasons.length })} · {item.excerpt && t('author', { name: item.excerpt.authorName })}</span>
                <span className="comment-body">{item.excerpt?.text}</span>
              </span>
            </label>
            <ul className="hint">
              {item.reasons.map((r) => <li key={r.at + r.by}>{t('reportedBy', { reason: r.reason, name: r.by })}</li>)}
            </ul>
            {item.excerpt && (
              <button type="button" className="button button-danger" onClick={() => act(() => sendJson('/api/moderation/block', 'POST', { process: slug, userId: item.excerpt!.authorId, block: true, reason }), t('blocked', { name: item.excerpt!.authorName }))}>
                {t('block', { name: item.excerpt.authorName })}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
