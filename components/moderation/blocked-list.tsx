'use client';

import { useFormatter, useTranslations } from 'next-intl';

import { ShowMore } from '@/components/ui/show-more';
import type { usePagedList } from '@/components/ui/use-paged-list';
import type { BlockedParticipant } from '@/lib/participation/views';

/** People blocked here, each with the reason and a way to unblock them (which restores what the block hid). */
type Props = { people: ReturnType<typeof usePagedList<BlockedParticipant>>; onUnblock: (person: BlockedParticipant) => unknown };

export function BlockedList({ people: list, onUnblock }: Props) {
  const people = list.items ?? [];
  const t = useTranslations('participation.moderation');
  const format = useFormatter();
  return (
    <section aria-labelledby="blocked-title" className="blocked-people">
      <h2 id="blocked-title">{t('blockedTitle')}</h2>
      {people.length === 0 ? (
        <p className="hint">{t('blockedEmpty')}</p>
      ) : (
        <ul className="comments" data-testid="blocked-people">
          {people.map((person) => (
            <li key={person.id} className="comment">
              <p className="comment-meta">
                <strong>{person.name}</strong> · {format.dateTime(new Date(person.at), { dateStyle: 'medium', timeStyle: 'short' })}
              </p>
              <p className="comment-body">{t('blockedBecause', { reason: person.reason })}</p>
              <button type="button" className="button button-quiet" onClick={() => onUnblock(person)}>
                {t('unblockPerson', { name: person.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {list.hasMore && <ShowMore label={t('showMoreBlocked')} shown={people.length} total={list.total} loading={list.loadingMore} onMore={list.more} />}
    </section>
  );
}
