import { voteInputSchema } from '@/lib/schemas/participation';
import { decide } from '@/lib/policy/decide';
import { enforce, type Actor } from '@/server/auth/actor';
import { db } from '@/server/db';
import { AppError, invalidInput } from '@/server/http/app-error';

import { publishProcessEvent } from '../events/process-events';
import { livePhaseOf } from '../live-sessions/current-session';
import { requireTarget } from '../targets';
import { voteCounts } from './vote-counts';

/** Support, oppose (where the process allows it) or withdraw; one vote per person and item. */
export async function castVote(actor: Actor, input: unknown) {
  const parsed = voteInputSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { targetType, targetId, value } = parsed.data;
  const target = await requireTarget(targetType, targetId);
  enforce(decide(actor, 'vote.cast', { process: target.process, target: target.state, phase: await livePhaseOf(target.processId) }));
  // Taking one's own vote back stays possible: it is the voter's, not the author's.
  if (target.withdrawn && value !== 0) throw new AppError(409, 'proposal_withdrawn', 'Its author has withdrawn this proposal: it no longer takes support.');
  if (value === -1) {
    const process = await db.process.findUnique({ where: { id: target.processId }, select: { allowOppose: true } });
    if (!process?.allowOppose) throw new AppError(400, 'oppose_not_allowed', 'This process collects support only.');
  }
  const key = { voterId_targetType_targetId: { voterId: actor.id, targetType, targetId } };
  if (value === 0) await db.vote.deleteMany({ where: { voterId: actor.id, targetType, targetId } });
  else await db.vote.upsert({ where: key, create: { processId: target.processId, voterId: actor.id, targetType, targetId, value }, update: { value } });
  publishProcessEvent(target.processId, { type: 'vote', targetType, targetId });
  return (await voteCounts(targetType, [targetId], actor.id)).get(targetId)!;
}
