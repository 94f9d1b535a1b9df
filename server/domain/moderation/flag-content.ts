import { flagInputSchema } from '@/lib/schemas/participation';
import { decide } from '@/lib/policy/decide';
import { enforce, type Actor } from '@/server/auth/actor';
import { db } from '@/server/db';
import { AppError, invalidInput } from '@/server/http/app-error';

import { publishProcessEvent } from '../events/process-events';
import { requireTarget } from '../targets';

/** Anyone signed in flags an item for the moderators, once per item. */
export async function flagContent(actor: Actor, input: unknown) {
  const parsed = flagInputSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { targetType, targetId, reason } = parsed.data;
  const target = await requireTarget(targetType, targetId);
  enforce(decide(actor, 'content.flag', { process: target.process, target: target.state }));
  const existing = await db.flag.findUnique({ where: { reporterId_targetType_targetId: { reporterId: actor.id, targetType, targetId } } });
  if (existing) throw new AppError(409, 'already_flagged', 'You have already reported this. The moderators will look at it.');
  const flag = await db.flag.create({ data: { processId: target.processId, reporterId: actor.id, targetType, targetId, reason } });
  publishProcessEvent(target.processId, { type: 'moderation', targetType, targetId });
  return flag;
}
