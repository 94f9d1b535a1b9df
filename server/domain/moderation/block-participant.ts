import { z } from 'zod';

import { wellFormedText } from '@/lib/schemas/text';

import { decideBlock, type ProcessState } from '@/lib/policy/decide';
import { enforce, type Actor } from '@/server/auth/actor';
import { recordAudit } from '@/server/audit/record-audit';
import { db } from '@/server/db';
import { AppError, invalidInput } from '@/server/http/app-error';
import { signalCollabWatch } from '@/server/signals/collab-watch-signal';

import { publishProcessEvent } from '../events/process-events';

export const blockInputSchema = z.strictObject({
  userId: wellFormedText().min(1).max(64),
  block: z.boolean(),
  reason: wellFormedText().trim().min(1, 'empty').max(500, 'reasonTooLong'),
});

/**
 * Blocks a participant: their writes stop and everything they wrote is hidden with the reason.
 * Unblocking restores exactly what the block hid (items hidden at the block's moment). From a
 * process's moderation (`process`) or for the whole installation by an administrator (`null`); the
 * collab server's account watch closes the person's open sockets either way.
 */
export async function blockParticipant(actor: Actor, process: ProcessState | null, input: unknown) {
  const processId = process?.id ?? null;
  const parsed = blockInputSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { userId, block, reason } = parsed.data;
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) throw new AppError(404, 'not_found', 'There is no such participant.');
  enforce(decideBlock(actor, user, process));

  const mine = { authorId: userId };
  if (block) {
    if (user.blockedAt) throw new AppError(409, 'already_blocked', 'This participant is already blocked.');
    const at = new Date();
    await db.$transaction([
      db.user.update({ where: { id: userId }, data: { blockedAt: at, blockedReason: reason } }),
      db.proposal.updateMany({ where: { ...mine, hiddenAt: null }, data: { hiddenAt: at, hiddenReason: reason } }),
      db.comment.updateMany({ where: { ...mine, hiddenAt: null }, data: { hiddenAt: at, hiddenReason: reason } }),
      db.annotation.updateMany({ where: { ...mine, hiddenAt: null }, data: { hiddenAt: at, hiddenReason: reason } }),
    ]);
  } else {
    if (!user.blockedAt) throw new AppError(409, 'not_blocked', 'This participant is not blocked.');
    const at = user.blockedAt;
    await db.$transaction([
      db.user.update({ where: { id: userId }, data: { blockedAt: null, blockedReason: null } }),
      db.proposal.updateMany({ where: { ...mine, hiddenAt: at }, data: { hiddenAt: null, hiddenReason: null } }),
      db.comment.updateMany({ where: { ...mine, hiddenAt: at }, data: { hiddenAt: null, hiddenReason: null } }),
      db.annotation.updateMany({ where: { ...mine, hiddenAt: at }, data: { hiddenAt: null, hiddenReason: null } }),
    ]);
  }
  await db.moderationAction.create({ data: { processId, actorId: actor.id, action: block ? 'block' : 'unblock', targetType: 'user', targetId: userId, reason } });
  await recordAudit({ actorId: actor.id, action: block ? 'user.block' : 'user.unblock', targetType: 'user', targetId: userId, data: { reason, processId } });
  signalCollabWatch({ userId });
  if (processId) publishProcessEvent(processId, { type: 'moderation', targetType: 'user', targetId: userId });
}
