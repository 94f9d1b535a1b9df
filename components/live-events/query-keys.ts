// The cache keys of what pages fetch, and which of them a change signal makes stale: each view
// refetches only what it shows (a new comment refetches its thread, nothing else).
import type { QueryKey } from '@tanstack/react-query';

import type { CommentThread, ProcessEvent } from '@/lib/participation/views';

export type ThreadTarget = { targetType: 'proposal' | 'annotation'; targetId: string };

export const queryKeys = {
  thread: (target: ThreadTarget) => ['comments', target.targetType, target.targetId] as const,
  threadSorted: (target: ThreadTarget, sort: string) => ['comments', target.targetType, target.targetId, sort] as const,
  /** The proposal list shows support and comment counts; the map's layer shows only where proposals lie. */
  proposalList: (slug: string) => ['proposals', slug, 'list'] as const,
  proposalListFiltered: (slug: string, filters: Record<string, string>) => ['proposals', slug, 'list', filters] as const,
  placedProposals: (slug: string) => ['proposals', slug, 'placed'] as const,
  votes: (targetType: string, targetId: string) => ['votes', targetType, targetId] as const,
  hiddenMarks: (slug: string) => ['hidden', slug] as const,
  /** Everything the moderation page shows: the queue and the blocked people. */
  moderation: (slug: string) => ['moderation', slug] as const,
  moderationQueue: (slug: string) => ['moderation', slug, 'queue'] as const,
  blockedPeople: (slug: string) => ['moderation', slug, 'blocked'] as const,
  /** The process's live sessions (the console, the projector, the history). */
  liveSessions: (slug: string) => ['live', slug, 'sessions'] as const,
};

/** The comments a cached thread holds: a thread, or the pages of one loaded so far ("Show more", components/ui/use-paged-list). */
function commentsOf(data: unknown): CommentThread {
  if (Array.isArray(data)) return data as CommentThread;
  const pages = (data as { pages?: { items?: CommentThread }[] } | undefined)?.pages;
  return Array.isArray(pages) ? pages.flatMap((page) => page.items ?? []) : [];
}

/** Does this cached thread hold the comment (as a comment or a reply)? */
function holdsComment(data: unknown, commentId: string): boolean {
  return commentsOf(data).some((comment) => comment.id === commentId || comment.replies?.some((reply) => reply.id === commentId));
}

/**
 * The query keys (prefixes) a change signal makes stale. `cachedThreads` are the comment threads in
 * the cache with their data, so a vote or a moderation of one comment refreshes only its thread.
 */
export function staleKeys(slug: string, event: ProcessEvent, cachedThreads: { key: QueryKey; data: unknown }[]): QueryKey[] {
  const threadOf = (commentId: string) => cachedThreads.filter((entry) => holdsComment(entry.data, commentId)).map((entry) => entry.key.slice(0, 3));
  const { type, targetType, targetId } = event;
  switch (type) {
    case 'comment':
      // A comment signal names the thread it belongs to: the proposal or mark it is written on.
      if (targetType !== 'proposal' && targetType !== 'annotation') return [];
      return [queryKeys.thread({ targetType, targetId }), ...(targetType === 'proposal' ? [queryKeys.proposalList(slug)] : [])];
    case 'vote':
      if (targetType === 'comment') return threadOf(targetId);
      return [queryKeys.votes(targetType, targetId), ...(targetType === 'proposal' ? [queryKeys.proposalList(slug)] : [])];
    case 'proposal':
      return [['proposals', slug]];
    case 'moderation':
      if (targetType === 'user') return [['comments'], ['proposals', slug], queryKeys.hiddenMarks(slug), queryKeys.moderation(slug)];
      if (targetType === 'comment') return [...threadOf(targetId), queryKeys.moderation(slug)];
      if (targetType === 'annotation') return [queryKeys.hiddenMarks(slug), queryKeys.moderation(slug), queryKeys.thread({ targetType, targetId })];
      return [['proposals', slug], queryKeys.moderation(slug), queryKeys.thread({ targetType: 'proposal', targetId })];
    case 'session':
      // A session started, changed or ended (the door, the title): the session lists; someone joining does not count.
      return targetType === 'session' ? [queryKeys.liveSessions(slug)] : [];
    default:
      return [];
  }
}
