import { z } from 'zod';

import type { CommentThread } from '@/lib/participation/views';
import { maySee } from '@/lib/policy/decide';
import type { Viewer } from '@/lib/policy/subject';
import { db } from '@/server/db';
import { AppError, invalidInput } from '@/server/http/app-error';

import { findTarget } from '../targets';
import { voteCounts } from '../votes/vote-counts';

export const commentQuerySchema = z.object({
  targetType: z.enum(['proposal', 'annotation']),
  targetId: z.string().min(1).max(64),
  sort: z.enum(['oldest', 'newest', 'supported']).default('oldest'),
});

/**
 * A thread: top-level comments in the chosen order, each with its replies oldest first. The thread
 * of an item the viewer may not see (hidden, unpublished) does not exist for them.
 */
export async function listComments(query: unknown, viewer: Viewer): Promise<CommentThread> {
  const parsed = commentQuerySchema.safeParse(query);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { targetType, targetId, sort } = parsed.data;
  const target = await findTarget(targetType, targetId);
  if (!target || !maySee(viewer, target.process, target.state)) throw new AppError(404, 'not_found', 'This item does not exist or is not public.');
  const comments = await db.comment.findMany({
    where: { targetType, targetId },
    orderBy: { createdAt: 'asc' },
    include: { author: { select: { id: true, name: true, deletedAt: true } } },
  });
  const votes = await voteCounts('comment', comments.map((c) => c.id), viewer?.id);
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
