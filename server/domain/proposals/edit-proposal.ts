import { authorMayEdit, type ProposalStatus } from '@/lib/participation/proposal-lifecycle';
import { decide, type ProcessStatus } from '@/lib/policy/decide';
import { proposalEditSchema } from '@/lib/schemas/participation';
import { categoriesSchema } from '@/lib/schemas/process';
import { enforce, type Actor } from '@/server/auth/actor';
import { recordAudit } from '@/server/audit/record-audit';
import { db } from '@/server/db';
import { AppError, invalidInput } from '@/server/http/app-error';

import { publishProcessEvent } from '../events/process-events';
import { proposalState } from '@/server/domain/targets';

/** Its author changes a proposal's title, text and category, until it is answered. */
export async function editProposal(actor: Actor, proposalId: string, input: unknown) {
  const proposal = await db.proposal.findUnique({
    where: { id: proposalId },
    include: { process: { select: { status: true, categories: true } }, _count: { select: { answers: true } } },
  });
  if (!proposal) throw new AppError(404, 'not_found', 'There is no such proposal.');
  const status = proposal.status as ProposalStatus;
  const process = { id: proposal.processId, status: proposal.process.status as ProcessStatus };
  enforce(decide(actor, 'proposal.editOwn', { process, target: proposalState(proposal) }));
  if (!authorMayEdit(status, proposal._count.answers > 0)) throw new AppError(409, 'proposal_answered', 'An answered or decided proposal keeps the words it was answered on.');

  const parsed = proposalEditSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { title, body, category } = parsed.data;
  if (!categoriesSchema.parse(JSON.parse(proposal.process.categories)).some((c) => c.id === category)) throw new AppError(400, 'invalid_input', 'Choose one of the process’s categories.', { field: 'category', problem: 'invalid' });

  const updated = await db.$transaction(async (tx) => {
    const changed = await tx.proposal.update({ where: { id: proposal.id }, data: { title, body, category } });
    await recordAudit({ actorId: actor.id, action: 'proposal.edit', targetType: 'proposal', targetId: proposal.id, data: { title: proposal.title !== title, body: proposal.body !== body, category: proposal.category !== category } }, tx);
    return changed;
  });
  if (status !== 'draft') publishProcessEvent(proposal.processId, { type: 'proposal', targetType: 'proposal', targetId: proposal.id });
  return updated;
}
