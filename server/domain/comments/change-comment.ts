import { commentEditSchema } from '@/lib/schemas/participation';
import type { Actor } from '@/server/auth/actor';
import { db } from '@/server/db';
import { AppError, invalidInput } from '@/server/http/app-error';

import { publishProcessEvent } from '../events/process-events';

async function ownComment(actor: Actor, id: string) {
  const comment = await db.comment.findUnique({ where: { id } });
  if (!comment || comment.deletedAt) throw new AppError(404, 'not_found', 'There is no such comment.');
  if (comment.authorId !== actor.id) throw new AppError(403, 'forbidden', 'You can only change your own comments.');
  if (comment.hiddenAt) throw new AppError(409, 'hidden', 'A moderator has hidden this comment.');
  return comment;
}

/** The author rewrites their comment; it shows as "edited". */
export async function editComment(actor: Actor, id: string, input: unknown) {
  const parsed = commentEditSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const comment = await ownComment(actor, id);
  const updated = await db.comment.update({ where: { id }, data: { body: parsed.data.body, editedAt: new Date() } });
  publishProcessEvent(comment.processId, { type: 'comment', targetType: comment.targetType, targetId: comment.targetId });
  return updated;
}

/** The author deletes their comment: it shows as "deleted" and its replies stay. */
export async function deleteComment(actor: Actor, id: string) {
  const comment = await ownComment(actor, id);
  await db.comment.update({ where: { id }, data: { deletedAt: new Date(), body: '' } });
  await db.auditLog.create({ data: { actorId: actor.id, action: 'comment.delete', targetType: 'comment', targetId: id } });
  publishProcessEvent(comment.processId, { type: 'comment', targetType: comment.targetType, targetId: comment.targetId });
}
