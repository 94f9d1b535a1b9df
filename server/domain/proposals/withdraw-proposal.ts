import { authorMayWithdraw, type ProposalStatus } from '@/lib/participation/proposal-lifecycle';
import { decide, type ProcessStatus } from '@/lib/policy/decide';
import { enforce, type Actor } from '@/server/auth/actor';
import { recordAudit } from '@/server/audit/record-audit';
import { db } from '@/server/db';
import { AppError } from '@/server/http/app-error';

import { publishProcessEvent } from '../events/process-events';
import { proposalState } from '@/server/domain/targets';

/** Its author withdraws a public proposal that is not decided yet; it stays readable, shown as withdrawn. */
export async function withdrawProposal(actor: Actor, proposalId: string) {
  const proposal = await db.proposal.findUnique({ where: { id: proposalId }, include: { process: { select: { status: true } } } });
  if (!proposal) throw new AppError(404, 'not_found', 'There is no such proposal.');
  const from = proposal.status as ProposalStatus;
  const process = { id: proposal.processId, status: proposal.process.status as ProcessStatus };
  enforce(decide(actor, 'proposal.editOwn', { process, target: proposalState(proposal) }));
  if (!authorMayWithdraw(from)) throw new AppError(409, 'invalid_transition', `A proposal that is ${from.replace('_', ' ')} cannot be withdrawn.`);

  const updated = await db.$transaction(async (tx) => {
    const changed = await tx.proposal.update({ where: { id: proposal.id }, data: { status: 'withdrawn' } });
    await tx.proposalStatusChange.create({ data: { proposalId: proposal.id, fromStatus: from, toStatus: 'withdrawn', actorId: actor.id } });
    await recordAudit({ actorId: actor.id, action: 'proposal.withdraw', targetType: 'proposal', targetId: proposal.id, data: { from } }, tx);
    return changed;
  });
  publishProcessEvent(proposal.processId, { type: 'proposal', targetType: 'proposal', targetId: proposal.id });
  return updated;
}
