import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';

import type { CommentThread, ProcessEvent } from '@/lib/participation/views';

import { queryKeys, staleKeys } from './query-keys';

const event = (type: ProcessEvent['type'], targetType: string, targetId: string): ProcessEvent => ({ type, targetType, targetId, at: 0 });
const comment = (id: string, replies: string[] = []) => ({ id, replies: replies.map((reply) => ({ id: reply })) });
const threads = [
  { key: queryKeys.threadSorted({ targetType: 'proposal', targetId: 'p1' }, 'oldest'), data: [comment('c1', ['c2'])] as unknown as CommentThread },
  { key: queryKeys.threadSorted({ targetType: 'annotation', targetId: 'm1' }, 'newest'), data: [comment('c3')] as unknown as CommentThread },
  // A thread read a page at a time ("Show more") is cached as its pages.
  { key: queryKeys.threadSorted({ targetType: 'proposal', targetId: 'p3' }, 'oldest'), data: { pages: [{ items: [comment('c4')], nextCursor: 'x', total: 3 }, { items: [comment('c5', ['c6'])], nextCursor: null, total: 3 }], pageParams: [null, 'x'] } },
];

/** The queries among `keys` that a signal makes stale, matched by TanStack Query itself. */
function refetched(keys: readonly (readonly unknown[])[], signal: ProcessEvent) {
  const client = new QueryClient();
  for (const key of keys) client.setQueryData(key, []);
  for (const queryKey of staleKeys('town', signal, threads)) void client.invalidateQueries({ queryKey, refetchType: 'none' });
  return keys.filter((key) => client.getQueryState(key)?.isInvalidated);
}

const EVERY_VIEW = [
  threads[0].key,
  threads[1].key,
  queryKeys.threadSorted({ targetType: 'proposal', targetId: 'p2' }, 'oldest'),
  queryKeys.proposalListFiltered('town', { sort: 'newest' }),
  queryKeys.placedProposals('town'),
  queryKeys.votes('annotation', 'm1'),
  queryKeys.votes('annotation', 'm2'),
  queryKeys.hiddenMarks('town'),
  queryKeys.moderationQueue('town'),
  queryKeys.liveSessions('town'),
];

describe('which views a change signal refreshes', () => {
  it('a comment on a mark refreshes that thread only', () => {
    expect(refetched(EVERY_VIEW, event('comment', 'annotation', 'm1'))).toEqual([threads[1].key]);
  });

  it('a comment on a proposal refreshes its thread and the list that counts comments, not the map', () => {
    expect(refetched(EVERY_VIEW, event('comment', 'proposal', 'p1'))).toEqual([threads[0].key, EVERY_VIEW[3]]);
  });

  it('support for a reply refreshes the thread that holds it', () => {
    expect(refetched(EVERY_VIEW, event('vote', 'comment', 'c2'))).toEqual([threads[0].key]);
    expect(refetched(EVERY_VIEW, event('vote', 'comment', 'unknown'))).toEqual([]);
  });

  it('support for a reply on a page loaded with "Show more" refreshes the thread that holds it', () => {
    expect(refetched([...EVERY_VIEW, threads[2].key], event('vote', 'comment', 'c6'))).toEqual([threads[2].key]);
  });

  it('support for a mark refreshes its count only', () => {
    expect(refetched(EVERY_VIEW, event('vote', 'annotation', 'm2'))).toEqual([EVERY_VIEW[6]]);
  });

  it('a new or changed proposal refreshes the list and the map layer', () => {
    expect(refetched(EVERY_VIEW, event('proposal', 'proposal', 'p3'))).toEqual([EVERY_VIEW[3], EVERY_VIEW[4]]);
  });

  it('hiding a mark refreshes the hidden marks, the queue and its thread', () => {
    expect(refetched(EVERY_VIEW, event('moderation', 'annotation', 'm1'))).toEqual([threads[1].key, EVERY_VIEW[7], EVERY_VIEW[8]]);
  });

  it('hiding a comment refreshes its thread and the queue', () => {
    expect(refetched(EVERY_VIEW, event('moderation', 'comment', 'c3'))).toEqual([threads[1].key, EVERY_VIEW[8]]);
  });

  it('blocking a person refreshes everything that may show their words', () => {
    expect(refetched(EVERY_VIEW, event('moderation', 'user', 'u1'))).toEqual(EVERY_VIEW.filter((key) => key[0] !== 'votes' && key[0] !== 'live'));
  });

  it('a live session started, changed or ended refreshes the session lists; someone joining refreshes nothing', () => {
    expect(refetched(EVERY_VIEW, event('session', 'session', 's1'))).toEqual([queryKeys.liveSessions('town')]);
    expect(refetched(EVERY_VIEW, event('session', 'participant', 's1'))).toEqual([]);
  });

  it('a layer change refreshes no query (the map offers to show it)', () => {
    expect(refetched(EVERY_VIEW, event('layers', 'layer', 'l1'))).toEqual([]);
  });
});
