// What a comment, vote, flag or moderation action points at, with the state the policy judges:
// its process, its author, whether it is hidden or published.
import type { ProcessState, ProcessStatus, TargetState } from '@/lib/policy/decide';
import { db } from '@/server/db';
import { AppError } from '@/server/http/app-error';

export type TargetType = 'proposal' | 'annotation' | 'comment';
export type Target = { type: TargetType; id: string; processId: string; process: ProcessState; state: TargetState; withdrawn: boolean };

type Row = { processId: string; authorId: string; hiddenAt: Date | null; process: { status: string } };

function toTarget(type: TargetType, id: string, row: Row, published: boolean, withdrawn = false): Target {
  return {
    type,
    withdrawn,
    id,
    processId: row.processId,
    process: { id: row.processId, status: row.process.status as ProcessStatus },
    state: { authorId: row.authorId, hidden: !!row.hiddenAt, published },
  };
}

/** A proposal row's state as the policy judges it. */
export const proposalState = (row: { authorId: string; hiddenAt: Date | null; status: string }): TargetState => ({
  authorId: row.authorId,
  hidden: !!row.hiddenAt,
  published: row.status !== 'draft',
});

const withProcess = { process: { select: { status: true } } } as const;

/** The target, or null when it does not exist (a deleted comment does not). Visibility is the caller's `decide`. */
export async function findTarget(type: TargetType, id: string): Promise<Target | null> {
  if (type === 'proposal') {
    const row = await db.proposal.findUnique({ where: { id }, include: withProcess });
    return row && toTarget(type, id, row, row.status !== 'draft', row.status === 'withdrawn');
  }
  if (type === 'annotation') {
    const row = await db.annotation.findUnique({ where: { id }, include: withProcess });
    return row && toTarget(type, id, row, true);
  }
  const row = await db.comment.findUnique({ where: { id }, include: withProcess });
  if (!row || row.deletedAt) return null;
  return toTarget(type, id, row, true);
}

/** The target, or the contract's 404 when it does not exist. */
export async function requireTarget(type: TargetType, id: string): Promise<Target> {
  const target = await findTarget(type, id);
  if (!target) throw new AppError(404, 'not_found', 'This item does not exist or is not public.');
  return target;
}
