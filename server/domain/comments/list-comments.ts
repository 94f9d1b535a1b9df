import { z } from 'zod';

import type { CommentThread } from '@/lib/participation/views';
import { db } from '@/server/db';
import { invalidInput } from '@/server/http/app-error';

import { voteCounts } from '../votes/vote-counts';

export const commentQuerySchema = z.object({
  targetType: z.enum(['proposal', 'annotation']),
  targetId: z.string().min(1).max(64),
  sort: z.enum(['oldest', 'newest', 'supported']).default('oldest'),
});

/** A thread: top-level comments in the chosen order, each with its replies oldest first. */
export async function listComments(query: unknown, viewerId?: string): Promise<CommentThread> {
  const parsed = commentQuerySchema.safeParse(query);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { targetType, targetId, sort } = parsed.data;
  const comments = await db.comment.findMany({
    where: { targetType, targetId },
    orderBy: { createdAt: 'asc' },
    include: { author: { select: { id: true, name: true, deletedAt: true } } },
  });
  const votes = await voteCounts('comment', comments.map((c) => c.id), viewerId);
  const view = comments.map((c) => ({
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
  }));
  const top = view.filter((c) => !c.parentId);
  if (sort === 'newest') top.reverse();
  if (sort === 'supported') top.sort((a, b) => b.supports - a.supports);
  return top.map((c) => ({ ...c, replies: view.filter((r) => r.parentId === c.id) }));
}
