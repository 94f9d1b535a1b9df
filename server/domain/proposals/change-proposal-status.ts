import { canMoveTo, OFFICIAL_STATUSES, type ProposalStatus } from '@/lib/participation/proposal-lifecycle';
import { statusChangeSchema } from '@/lib/schemas/participation';
import { decide, type ProcessStatus } from '@/lib/policy/decide';
import { enforce, type Actor } from '@/server/auth/actor';
import { recordAudit } from '@/server/audit/record-audit';
import { db } from '@/server/db';
import { AppError, invalidInput } from '@/server/http/app-error';
import { noticeOfProposalStatus } from '@/server/mail/participation-notices';

import { publishProcessEvent } from '../events/process-events';
import { proposalState } from '@/server/domain/targets';

const STATUS_WORDS: Record<ProposalStatus, string> = { draft: 'draft', published: 'published', under_review: 'under review', accepted: 'accepted', rejected: 'rejected', implemented: 'implemented', withdrawn: 'withdrawn' };

/** The chosen layers that belong to the process, as stored with an answer (null when none were chosen). */
async function processLayerIds(processId: string, chosen: string[] | undefined): Promise<string | null> {
  if (!chosen) return null;
  const layers = await db.layer.findMany({ where: { processId, id: { in: chosen } }, select: { id: true } });
  const known = new Set(layers.map((l) => l.id));
  return JSON.stringify(chosen.filter((id) => known.has(id)));
}

/**
 * Moves a proposal along its lifecycle. An author publishes their own draft; an official
 * (answer right) moves it further and must give the official answer with the change.
 */
export async function changeProposalStatus(actor: Actor, proposalId: string, input: unknown) {
  const proposal = await db.proposal.findUnique({ where: { id: proposalId }, include: { process: { select: { status: true, title: true, slug: true } } } });
  if (!proposal) throw new AppError(404, 'not_found', 'There is no such proposal.');
  const from = proposal.status as ProposalStatus;
  const process = { id: proposal.processId, status: proposal.process.status as ProcessStatus };
  const target = proposalState(proposal);

  const publishing = from === 'draft';
  const parsed = publishing ? { success: true as const, data: { status: 'published' as const, answer: '', layerIds: undefined } } : statusChangeSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { status: to, answer } = parsed.data;

  // An author publishes their own draft; officials move a published proposal on, with an answer.
  enforce(decide(actor, publishing ? 'proposal.editOwn' : 'proposal.changeStatus', { process, target }));
  if (OFFICIAL_STATUSES.includes(to)) enforce(decide(actor, 'proposal.answer', { process, target }));
  if (!canMoveTo(from, to)) throw new AppError(409, 'invalid_transition', `A proposal that is ${STATUS_WORDS[from]} cannot become ${STATUS_WORDS[to]}.`);

  const layerIds = await processLayerIds(proposal.processId, parsed.data.layerIds);
  const updated = await db.$transaction(async (tx) => {
    const changed = await tx.proposal.update({ where: { id: proposal.id }, data: { status: to, publishedAt: publishing ? new Date() : undefined } });
    await tx.proposalStatusChange.create({ data: { proposalId: proposal.id, fromStatus: from, toStatus: to, actorId: actor.id, reason: answer } });
    if (OFFICIAL_STATUSES.includes(to)) await tx.officialAnswer.create({ data: { proposalId: proposal.id, authorId: actor.id, body: answer, status: to, layerIds } });
    await recordAudit({ actorId: actor.id, action: 'proposal.status', targetType: 'proposal', targetId: proposal.id, data: { from, to } }, tx);
    if (!publishing) await noticeOfProposalStatus(tx, { actorId: actor.id, proposal, process: proposal.process, to });
    return changed;
  });
  publishProcessEvent(proposal.processId, { type: 'proposal', targetType: 'proposal', targetId: proposal.id });
  return updated;
}
