import { z } from 'zod';

import { PROPOSAL_STATUSES } from '@/lib/participation/proposal-lifecycle';
import { db } from '@/server/db';
import { invalidInput } from '@/server/http/app-error';

import { voteCounts } from '../votes/vote-counts';

export const proposalQuerySchema = z.object({
  sort: z.enum(['newest', 'supported', 'discussed']).default('newest'),
  category: z.string().max(32).optional(),
  status: z.enum(PROPOSAL_STATUSES).exclude(['draft']).optional(),
});

/** Published proposals of a process (never drafts, never hidden), with support and comment counts. */
export async function listProposals(processId: string, query: unknown, viewerId?: string) {
  const parsed = proposalQuerySchema.safeParse(query);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { sort, category, status } = parsed.data;
  const proposals = await db.proposal.findMany({
    where: { processId, hiddenAt: null, status: status ?? { not: 'draft' }, category },
    include: { author: { select: { name: true, deletedAt: true } } },
    orderBy: { publishedAt: 'desc' },
  });
  const ids = proposals.map((p) => p.id);
  const [votes, comments] = await Promise.all([
    voteCounts('proposal', ids, viewerId),
    db.comment.groupBy({ by: ['targetId'], where: { targetType: 'proposal', targetId: { in: ids }, deletedAt: null, hiddenAt: null }, _count: { _all: true } }),
  ]);
  const commentCount = new Map(comments.map((c) => [c.targetId, c._count._all]));
  const rows = proposals.map((p) => ({
    id: p.id,
    title: p.title,
    body: p.body,
    category: p.category,
    status: p.status,
    authorName: p.author.deletedAt ? null : p.author.name,
    publishedAt: (p.publishedAt ?? p.createdAt).toISOString(),
    hasPlace: !!p.geometry,
    ...votes.get(p.id)!,
    comments: commentCount.get(p.id) ?? 0,
  }));
  if (sort === 'supported') rows.sort((a, b) => b.supports - b.opposes - (a.supports - a.opposes));
  if (sort === 'discussed') rows.sort((a, b) => b.comments - a.comments);
  return rows;
}
export type ProposalSummary = Awaited<ReturnType<typeof listProposals>>[number];
