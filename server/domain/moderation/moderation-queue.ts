import type { BlockedParticipant, ModerationItem } from '@/lib/participation/views';
import { decide, type ProcessState } from '@/lib/policy/decide';
import type { Viewer } from '@/lib/policy/subject';
import { enforce } from '@/server/auth/actor';
import { inChunks } from '@/server/database/in-chunks';
import { db } from '@/server/db';

import { pageAfter, type SortKey } from '../page-cursor';

export const MODERATION_PAGE = 50;
export type PageRequest = { limit?: number; cursor?: SortKey };
export type Page<T> = { items: T[]; nextCursor: string | null; total: number };

/**
 * Open flags of a process, grouped by item in the database, most reported first, a page at a time:
 * only the page's reports and what its items say are read, however long the queue.
 */
export async function moderationQueue(viewer: Viewer, process: ProcessState, request: PageRequest = {}): Promise<Page<ModerationItem>> {
  enforce(decide(viewer, 'content.moderate', { process }));
  const processId = process.id;
  const open = { processId, resolvedAt: null };
  const groups = await db.flag.groupBy({ by: ['targetType', 'targetId'], where: open, _count: { _all: true }, _min: { createdAt: true } });
  const keyOf = (group: (typeof groups)[number]): SortKey => [group._count._all, group._min.createdAt?.getTime() ?? 0, `${group.targetType}:${group.targetId}`];
  const { page, nextCursor, total } = pageAfter(groups, keyOf, { score: 'desc', time: 'asc' }, request.limit ?? MODERATION_PAGE, request.cursor);

  const onPage = new Set(page.map((group) => `${group.targetType}:${group.targetId}`));
  const flags = await inChunks([...new Set(page.map((group) => group.targetId))], (ids) =>
    db.flag.findMany({ where: { ...open, targetId: { in: ids } }, orderBy: { createdAt: 'asc' }, include: { reporter: { select: { name: true } } } }),
  );
  const reasons = new Map<string, ModerationItem['reasons']>();
  for (const flag of flags) {
    const key = `${flag.targetType}:${flag.targetId}`;
    if (!onPage.has(key)) continue;
    reasons.set(key, [...(reasons.get(key) ?? []), { reason: flag.reason, by: flag.reporter.name, at: flag.createdAt.toISOString() }]);
  }
  const excerpts = await excerptsOf(page);
  const items = page.map(({ targetType, targetId }) => {
    const key = `${targetType}:${targetId}`;
    return { targetType, targetId, reasons: reasons.get(key) ?? [], excerpt: excerpts.get(key) ?? null };
  });
  return { items, nextCursor, total };
}

type Excerpt = NonNullable<ModerationItem['excerpt']>;

/** What each flagged item says, read a type at a time in bounded chunks of ids. */
async function excerptsOf(items: { targetType: string; targetId: string }[]): Promise<Map<string, Excerpt>> {
  const idsOf = (type: string) => items.filter((item) => item.targetType === type).map((item) => item.targetId);
  const author = { select: { name: true, blockedAt: true } };
  const [comments, proposals, annotations] = await Promise.all([
    inChunks(idsOf('comment'), (ids) => db.comment.findMany({ where: { id: { in: ids } }, include: { author } })),
    inChunks(idsOf('proposal'), (ids) => db.proposal.findMany({ where: { id: { in: ids } }, include: { author } })),
    inChunks(idsOf('annotation'), (ids) => db.annotation.findMany({ where: { id: { in: ids } } })),
  ]);
  const writers = await inChunks([...new Set(annotations.map((a) => a.authorId))], (ids) => db.user.findMany({ where: { id: { in: ids } }, select: { id: true, blockedAt: true } }));
  const blocked = new Set(writers.filter((w) => w.blockedAt).map((w) => w.id));
  const result = new Map<string, Excerpt>();
  for (const c of comments) result.set(`comment:${c.id}`, { text: c.body, authorId: c.authorId, authorName: c.author.name, authorBlocked: !!c.author.blockedAt, hidden: !!c.hiddenAt });
  for (const p of proposals) result.set(`proposal:${p.id}`, { text: `${p.title}\n${p.body}`, authorId: p.authorId, authorName: p.author.name, authorBlocked: !!p.author.blockedAt, hidden: !!p.hiddenAt });
  for (const a of annotations) result.set(`annotation:${a.id}`, { text: a.text, authorId: a.authorId, authorName: a.authorName, authorBlocked: blocked.has(a.authorId), hidden: !!a.hiddenAt });
  return result;
}

/** People blocked from this process's moderation, still blocked, most recent first, a page at a time: to unblock them. */
export async function blockedParticipants(viewer: Viewer, process: ProcessState, request: PageRequest = {}): Promise<Page<BlockedParticipant>> {
  enforce(decide(viewer, 'user.block', { process }));
  const blocks = await db.moderationAction.groupBy({ by: ['targetId'], where: { processId: process.id, action: 'block', targetType: 'user' } });
  const users = await inChunks(
    blocks.map((block) => block.targetId),
    (chunk) => db.user.findMany({ where: { id: { in: chunk }, blockedAt: { not: null } }, select: { id: true, name: true, blockedAt: true, blockedReason: true } }),
  );
  const keyOf = (user: (typeof users)[number]): SortKey => [0, user.blockedAt!.getTime(), user.id];
  const { page, nextCursor, total } = pageAfter(users, keyOf, { score: 'desc', time: 'desc' }, request.limit ?? MODERATION_PAGE, request.cursor);
  const items = page.map((user) => ({ id: user.id, name: user.name, reason: user.blockedReason ?? '', at: user.blockedAt!.toISOString() }));
  return { items, nextCursor, total };
}
