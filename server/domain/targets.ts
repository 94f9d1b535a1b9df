// What a comment, vote or flag points at: it must exist, be visible and belong to an open process.
import { db } from '@/server/db';
import { AppError } from '@/server/http/app-error';

export type TargetType = 'proposal' | 'annotation' | 'comment';
export type Target = { type: TargetType; id: string; processId: string; processOpen: boolean; authorId: string; hidden: boolean };

export async function findTarget(type: TargetType, id: string): Promise<Target | null> {
  if (type === 'proposal') {
    const row = await db.proposal.findUnique({ where: { id }, include: { process: { select: { status: true } } } });
    if (!row || row.status === 'draft') return null;
    return { type, id, processId: row.processId, processOpen: row.process.status === 'open', authorId: row.authorId, hidden: !!row.hiddenAt };
  }
  if (type === 'annotation') {
    const row = await db.annotation.findUnique({ where: { id }, include: { process: { select: { status: true } } } });
    if (!row) return null;
    return { type, id, processId: row.processId, processOpen: row.process.status === 'open', authorId: row.authorId, hidden: !!row.hiddenAt };
  }
  const row = await db.comment.findUnique({ where: { id }, include: { process: { select: { status: true } } } });
  if (!row || row.deletedAt) return null;
  return { type, id, processId: row.processId, processOpen: row.process.status === 'open', authorId: row.authorId, hidden: !!row.hiddenAt };
}

/** A target people may still react to (comment, vote): visible, in an open process. */
export async function openTarget(type: TargetType, id: string): Promise<Target> {
  const target = await findTarget(type, id);
  if (!target) throw new AppError(404, 'not_found', 'This item does not exist or is not public.');
  if (target.hidden) throw new AppError(409, 'hidden', 'A moderator has hidden this item: it no longer takes comments or votes.');
  if (!target.processOpen) throw new AppError(409, 'process_closed', 'This process is closed: it no longer takes comments or votes.');
  return target;
}
