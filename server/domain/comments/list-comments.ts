import { z } from 'zod';

import type { CommentThread, CommentView } from '@/lib/participation/views';
import { maySee } from '@/lib/policy/decide';
import type { Viewer } from '@/lib/policy/subject';
import { db } from '@/server/db';
import { AppError, invalidInput } from '@/server/http/app-error';

import { pageAfter, pageQuerySchema, type KeyOrder, type SortKey } from '../page-cursor';
import { findTarget } from '../targets';
import { voteCounts } from '../votes/vote-counts';

export const COMMENT_PAGE = 50;

export const commentQuerySchema = z
  .object({
    targetType: z.enum(['proposal', 'annotation']),
    targetId: z.string().min(1).max(64),
    sort: z.enum(['oldest', 'newest', 'supported']).default('oldest'),
  })
  .extend(pageQuerySchema.shape);

export type CommentPage = { comments: CommentThread; nextCursor: string | null; total: number };

const ORDERS: Record<'oldest' | 'newest' | 'supported', KeyOrder> = {
  oldest: { score: 'desc', time: 'asc' },
  newest: { score: 'desc', time: 'desc' },
  supported: { score: 'desc', time: 'asc' },
};

/**
 * A thread, a page of top-level comments at a time in the chosen order, each with its replies oldest
 * first. The thread of an item the viewer may not see (hidden, unpublished) does not exist for them.
 */
export async function listComments(query: unknown, viewer: Viewer): Promise<CommentPage> {
  const parsed = commentQuerySchema.safeParse(query);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { targetType, targetId, sort, limit = COMMENT_PAGE, cursor } = parsed.data;
  const target = await findTarget(targetType, targetId);
  if (!target || !maySee(viewer, target.process, target.state)) throw new AppError(404, 'not_found', 'This item does not exist or is not public.');
  const [keys, supports, total] = await Promise.all([
    db.comment.findMany({ where: { targetType, targetId, parentId: null }, select: { id: true, createdAt: true } }),
    sort === 'supported' ? threadSupports(targetType, targetId) : new Map<string, number>(),
    db.comment.count({ where: { targetType, targetId } }),
  ]);
  const keyOf = (c: (typeof keys)[number]): SortKey => [supports.get(c.id) ?? 0, c.createdAt.getTime(), c.id];
  const { page, nextCursor } = pageAfter(keys, keyOf, ORDERS[sort], limit, cursor);

  const ids = page.map((c) => c.id);
  const author = { select: { id: true, name: true, deletedAt: true } };
  const [rows, replies] = await Promise.all([
    db.comment.findMany({ where: { id: { in: ids } }, include: { author } }),
    db.comment.findMany({ where: { parentId: { in: ids } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], include: { author } }),
  ]);
  const votes = await voteCounts('comment', [...ids, ...replies.map((r) => r.id)], viewer?.id);
  const view = (c: (typeof rows)[number]): CommentView => ({
    id: c.id,
    parentId: c.parentId,
    authorId: c.author.deletedAt ? null : c.author.id,
    authorName: c.author.deletedAt ? null : c.author.name,
    body: c.deletedAt || c.hiddenAt ? null : c.body,
    deleted: !!c.deletedAt,
    hiddenReason: c.hiddenAt ? c.hiddenReason : null,
    edited: !!c.editedAt,
    createdAt: c.createdAt.toISOString(),
    ...votes.get(c.id)!,
  });
  const repliesOf = new Map<string, CommentView[]>();
  for (const reply of replies) repliesOf.set(reply.parentId!, [...(repliesOf.get(reply.parentId!) ?? []), view(reply)]);
  const byId = new Map(rows.map((c) => [c.id, c]));
  const comments = ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ ...view(row), replies: repliesOf.get(id) ?? [] }] : [];
  });
  return { comments, nextCursor, total };
}

/** Supports of each top-level comment of one thread: one aggregate joined on the thread, whatever its length. */
async function threadSupports(targetType: string, targetId: string): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ id: string; supports: number | bigint }[]>`
    SELECT v."targetId" AS id, COUNT(*) AS supports
    FROM "Vote" v JOIN "Comment" c ON c."id" = v."targetId"
    WHERE v."targetType" = 'comment' AND v."value" = 1 AND c."targetType" = ${targetType} AND c."targetId" = ${targetId} AND c."parentId" IS NULL
    GROUP BY v."targetId"`;
  return new Map(rows.map((row) => [row.id, Number(row.supports)]));
}
