import { proposalInputSchema } from '@/lib/schemas/participation';
import { checkGeometry } from '@/lib/geo/geometry';
import { decide } from '@/lib/policy/decide';
import { enforce, type Actor } from '@/server/auth/actor';
import { recordAudit } from '@/server/audit/record-audit';
import { db } from '@/server/db';
import { AppError, invalidInput } from '@/server/http/app-error';

import { publishProcessEvent } from '../events/process-events';
import type { ProcessView } from '@/lib/schemas/process';

/** A citizen's proposal, saved as a draft or published at once. */
export async function createProposal(actor: Actor, process: ProcessView, input: unknown) {
  const parsed = proposalInputSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { title, body, category, geometry, sourceMark, publish } = parsed.data;
  enforce(decide(actor, 'proposal.create', { process }));
  if (!process.categories.some((c) => c.id === category)) throw new AppError(400, 'invalid_input', 'category: choose one of the process’s categories.', { field: 'category', problem: 'invalid' });
  if (geometry) {
    const check = checkGeometry(geometry, process.bounds);
    if (!check.ok) throw new AppError(400, 'invalid_geometry', `The place is not valid: ${check.problem}.`, { problem: check.problem });
  }
  // Only a visible mark of the same process can be the source; its author will see the answer.
  const source = sourceMark ? await db.annotation.findFirst({ where: { id: sourceMark, processId: process.id, hiddenAt: null }, select: { id: true } }) : null;
  if (sourceMark && !source) throw new AppError(400, 'invalid_input', 'sourceMark: there is no such mark in this process.', { field: 'sourceMark', problem: 'invalid' });
  const status = publish ? 'published' : 'draft';
  const proposal = await db.$transaction(async (tx) => {
    const created = await tx.proposal.create({
      data: { processId: process.id, authorId: actor.id, title, body, category, status, geometry: geometry ? JSON.stringify(geometry) : null, sourceMarkId: source?.id ?? null, publishedAt: publish ? new Date() : null },
    });
    await tx.proposalStatusChange.create({ data: { proposalId: created.id, fromStatus: null, toStatus: status, actorId: actor.id } });
    await recordAudit({ actorId: actor.id, action: 'proposal.create', targetType: 'proposal', targetId: created.id, data: { status } }, tx);
    return created;
  });
  if (publish) publishProcessEvent(process.id, { type: 'proposal', targetType: 'proposal', targetId: proposal.id });
  return proposal;
}
