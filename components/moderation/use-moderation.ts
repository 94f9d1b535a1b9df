'use client';

// The moderation page's data (the queue of reports, the blocked people) and its actions, each
// saying in words what it did.
import { useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

import { queryKeys } from '@/components/live-events/query-keys';
import { refetchAfterChange } from '@/components/live-events/refetch-after-change';
import { usePagedList } from '@/components/ui/use-paged-list';
import { sendJson } from '@/lib/http/send-json';
import { useErrorText } from '@/lib/i18n/use-error-text';
import type { BlockedParticipant, ModerationItem } from '@/lib/participation/views';

export type Message = { text: string; error: boolean };
type Target = Pick<ModerationItem, 'targetType' | 'targetId'>;

const page = (cursor: string | null) => (cursor ? `?${new URLSearchParams({ cursor })}` : '');

export function useModeration(slug: string) {
  const t = useTranslations('participation.moderation');
  const client = useQueryClient();
  const errorText = useErrorText();
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<Message | null>(null);
  const queue = usePagedList<ModerationItem>(queryKeys.moderationQueue(slug), (cursor) => `/api/processes/${slug}/moderation${page(cursor)}`, 'items');
  const blocked = usePagedList<BlockedParticipant>(queryKeys.blockedPeople(slug), (cursor) => `/api/processes/${slug}/blocked${page(cursor)}`, 'blocked');

  async function act(run: () => Promise<unknown>, done: string): Promise<boolean> {
    if (!reason.trim()) {
      setMessage({ text: t('reasonRequired'), error: true });
      return false;
    }
    try {
      await run();
      setMessage({ text: done, error: false });
      await refetchAfterChange(client, queryKeys.moderation(slug));
      return true;
    } catch (failure) {
      setMessage({ text: errorText(failure), error: true });
      return false;
    }
  }

  const hide = (targets: Target[]) => {
    if (targets.length === 0) return Promise.resolve(setMessage({ text: t('selectFirst'), error: true })).then(() => false);
    return act(() => sendJson('/api/moderation', 'POST', { action: 'hide', targets, reason }), t('hiddenCount', { count: targets.length }));
  };
  const block = (person: { id: string; name: string }, on: boolean) =>
    act(() => sendJson('/api/moderation/block', 'POST', { process: slug, userId: person.id, block: on, reason }), on ? t('blocked', { name: person.name }) : t('unblocked', { name: person.name }));

  return { queue, blocked, reason, setReason, message, hide, block };
}
