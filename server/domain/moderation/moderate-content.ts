import { moderationInputSchema } from '@/lib/schemas/participation';
import { decide } from '@/lib/policy/decide';
import { enforce, type Actor } from '@/server/auth/actor';
import { recordAudit } from '@/server/audit/record-audit';
import { db } from '@/server/db';
import { AppError, invalidInput } from '@/server/http/app-error';

import { publishProcessEvent } from '../events/process-events';
import { findTarget, type TargetType } from '../targets';

const hideable = {
  proposal: (id: string, data: { hiddenAt: Date | null; hiddenReason: string | null }) => db.proposal.update({ where: { id }, data }),
  comment: (id: string, data: { hiddenAt: Date | null; hiddenReason: string | null }) => db.comment.update({ where: { id }, data }),
  annotation: (id: string, data: { hiddenAt: Date | null; hiddenReason: string | null }) => db.annotation.update({ where: { id }, data }),
} satisfies Record<TargetType, unknown>;

/**
 * Hides or restores items, one or a whole spam wave at once, with a reason readers see.
 * Every action lands in the moderation log and the audit log; flags on the items are resolved.
 */
export async function moderateContent(actor: Actor, input: unknown) {
  const parsed = moderationInputSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { action, targets, reason } = parsed.data;
  const found = await Promise.all(targets.map((t) => findTarget(t.targetType, t.targetId)));
  const missing = targets.filter((_t, i) => !found[i]);
  if (missing.length > 0) throw new AppError(404, 'not_found', `${missing.length} of the chosen items no longer exist.`);
  for (const target of found) enforce(decide(actor, 'content.moderate', { process: target!.process }));
  const now = new Date();
  const data = action === 'hide' ? { hiddenAt: now, hiddenReason: reason } : { hiddenAt: null, hiddenReason: null };
  for (const target of found) {
    const { type, id, processId } = target!;
    await hideable[type](id, data);
    await db.moderationAction.create({ data: { processId, actorId: actor.id, action, targetType: type, targetId: id, reason } });
    await recordAudit({ actorId: actor.id, action: `moderation.${action}`, targetType: type, targetId: id, data: { reason } });
    await db.flag.updateMany({ where: { targetType: type, targetId: id, resolvedAt: null }, data: { resolvedAt: now } });
    publishProcessEvent(processId, { type: 'moderation', targetType: type, targetId: id });
  }
  return { count: found.length };
}
