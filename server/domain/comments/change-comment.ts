import { commentEditSchema } from '@/lib/schemas/participation';
import { decide } from '@/lib/policy/decide';
import { enforce, type Actor } from '@/server/auth/actor';
import { recordAudit } from '@/server/audit/record-audit';
import { db } from '@/server/db';
import { invalidInput } from '@/server/http/app-error';

import { publishProcessEvent } from '../events/process-events';
import { requireTarget } from '../targets';

async function ownComment(actor: Actor, id: string) {
  const target = await requireTarget('comment', id);
  enforce(decide(actor, 'comment.editOwn', { process: target.process, target: target.state }));
  return (await db.comment.findUnique({ where: { id } }))!;
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
  await recordAudit({ actorId: actor.id, action: 'comment.delete', targetType: 'comment', targetId: id });
  publishProcessEvent(comment.processId, { type: 'comment', targetType: comment.targetType, targetId: comment.targetId });
}
