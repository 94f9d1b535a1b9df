import { commentInputSchema } from '@/lib/schemas/participation';
import { decide } from '@/lib/policy/decide';
import { enforce, type Actor } from '@/server/auth/actor';
import { recordAudit } from '@/server/audit/record-audit';
import { db } from '@/server/db';
import { AppError, invalidInput } from '@/server/http/app-error';
import { noticeOfReply } from '@/server/mail/participation-notices';

import { publishProcessEvent } from '../events/process-events';
import { livePhaseOf } from '../live-sessions/current-session';
import { requireTarget } from '../targets';

/** A comment on a proposal or a mark, or a reply to a comment there (one level of replies). */
export async function addComment(actor: Actor, input: unknown) {
  const parsed = commentInputSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { targetType, targetId, parentId, body } = parsed.data;
  const target = await requireTarget(targetType, targetId);
  enforce(decide(actor, 'comment.create', { process: target.process, target: target.state, phase: await livePhaseOf(target.processId) }));
  const parent = parentId ? await db.comment.findUnique({ where: { id: parentId } }) : null;
  if (parentId) {
    if (!parent || parent.targetType !== targetType || parent.targetId !== targetId) throw new AppError(400, 'invalid_input', 'parentId: reply to a comment on the same item.');
    if (parent.parentId) throw new AppError(400, 'invalid_input', 'parentId: replies go one level deep; reply to the first comment instead.');
  }
  const comment = await db.$transaction(async (tx) => {
    const created = await tx.comment.create({ data: { processId: target.processId, targetType, targetId, parentId: parentId ?? null, authorId: actor.id, body } });
    await recordAudit({ actorId: actor.id, action: 'comment.create', targetType: 'comment', targetId: created.id }, tx);
    if (parent) {
      const process = await tx.process.findUniqueOrThrow({ where: { id: target.processId }, select: { title: true, slug: true } });
      await noticeOfReply(tx, { actorId: actor.id, actorName: actor.name, parentAuthorId: parent.authorId, body, targetType, targetId, process });
    }
    return created;
  });
  publishProcessEvent(target.processId, { type: 'comment', targetType, targetId });
  return comment;
}
