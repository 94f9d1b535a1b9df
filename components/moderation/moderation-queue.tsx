'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';

import type { ModerationItem } from '@/lib/participation/views';

import { ShowMore } from '@/components/ui/show-more';

import { BlockedList } from './blocked-list';
import { QueueItem } from './queue-item';
import { useModeration } from './use-moderation';

const key = (item: Pick<ModerationItem, 'targetType' | 'targetId'>) => `${item.targetType}:${item.targetId}`;

/** Reported items with bulk hiding, blocking and unblocking: what a spam wave needs, and its undo. */
export function ModerationQueue({ slug }: { slug: string }) {
  const t = useTranslations('participation.moderation');
  const moderation = useModeration(slug);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const { message } = moderation;
  const { items } = moderation.queue;

  const hideSelected = async () => {
    const targets = (items ?? []).filter((item) => selected.has(key(item))).map(({ targetType, targetId }) => ({ targetType, targetId }));
    if (await moderation.hide(targets)) setSelected(new Set());
  };
  const toggle = (item: ModerationItem, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(key(item));
      else next.delete(key(item));
      return next;
    });

  return (
    <section aria-labelledby="queue-title">
      <h1 id="queue-title">{t('queue')}</h1>
      <p className="lead">{t('queueIntro')}</p>
      <div className="form moderation-tools">
        <label>
          {t('reason')}
          <input value={moderation.reason} onChange={(event) => moderation.setReason(event.target.value)} maxLength={500} />
        </label>
        <button type="button" className="button" onClick={hideSelected}>
          {t('hideSelected')} ({selected.size})
        </button>
        {message && (
          <p className={message.error ? 'form-error' : 'form-success'} role={message.error ? 'alert' : 'status'} data-testid="moderation-message">
            {message.text}
          </p>
        )}
      </div>
      {items?.length === 0 && <p className="empty-state">{t('queueEmpty')}</p>}
      <ul className="comments" data-testid="moderation-queue">
        {items?.map((item) => (
          <QueueItem key={key(item)} item={item} checked={selected.has(key(item))} onCheck={(on) => toggle(item, on)} onBlock={moderation.block} />
        ))}
      </ul>
      {moderation.queue.hasMore && (
        <ShowMore label={t('showMoreReports')} shown={items?.length ?? 0} total={moderation.queue.total} loading={moderation.queue.loadingMore} onMore={moderation.queue.more} />
      )}
      <BlockedList people={moderation.blocked} onUnblock={(person) => moderation.block(person, false)} />
    </section>
  );
}
