import { z } from 'zod';

import { geometrySchema } from '@/lib/geo/geometry';
import { representativePoint } from '@/lib/geo/representative-point';
import { PROPOSAL_STATUSES } from '@/lib/participation/proposal-lifecycle';
import type { ProposalSummary } from '@/lib/participation/views';
import type { Viewer } from '@/lib/policy/subject';
import { db } from '@/server/db';
import { invalidInput } from '@/server/http/app-error';

import { voteCounts } from '../votes/vote-counts';

export const proposalQuerySchema = z.object({
  sort: z.enum(['newest', 'supported', 'discussed']).default('newest'),
  category: z.string().max(32).optional(),
  status: z.enum(PROPOSAL_STATUSES).exclude(['draft']).optional(),
  /** "west,south,east,north": only proposals placed inside this map area. */
  bbox: z
    .string()
    .regex(/^-?[\d.]+(,-?[\d.]+){3}$/, 'bbox: west,south,east,north')
    .transform((value) => value.split(',').map(Number) as [number, number, number, number])
    .optional(),
});

/** Published proposals of a process (never drafts, never hidden), with support and comment counts. */
export async function listProposals(processId: string, query: unknown, viewer: Viewer): Promise<ProposalSummary[]> {
  const parsed = proposalQuerySchema.safeParse(query);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { sort, category, status, bbox } = parsed.data;
  const proposals = await db.proposal.findMany({
    where: { processId, hiddenAt: null, status: status ?? { not: 'draft' }, category },
    include: { author: { select: { name: true, deletedAt: true } } },
    orderBy: { publishedAt: 'desc' },
  });
  const ids = proposals.map((p) => p.id);
  const [votes, comments] = await Promise.all([
    voteCounts('proposal', ids, viewer?.id),
    db.comment.groupBy({ by: ['targetId'], where: { targetType: 'proposal', targetId: { in: ids }, deletedAt: null, hiddenAt: null }, _count: { _all: true } }),
  ]);
  const commentCount = new Map(comments.map((c) => [c.targetId, c._count._all]));
  const placed = (geometry: string | null) => (geometry ? geometrySchema.parse(JSON.parse(geometry)) : null);
  const inside = (geometry: ReturnType<typeof placed>) => {
    if (!bbox) return true;
    if (!geometry) return false;
    const [x, y] = representativePoint(geometry);
    return x >= bbox[0] && x <= bbox[2] && y >= bbox[1] && y <= bbox[3];
  };
  const rows = proposals.map((p) => ({ p, geometry: placed(p.geometry) })).filter(({ geometry }) => inside(geometry)).map(({ p, geometry }) => ({
    id: p.id,
    title: p.title,
    body: p.body,
    category: p.category,
    status: p.status,
    authorName: p.author.deletedAt ? null : p.author.name,
    publishedAt: (p.publishedAt ?? p.createdAt).toISOString(),
    geometry,
    ...votes.get(p.id)!,
    comments: commentCount.get(p.id) ?? 0,
  }));
  if (sort === 'supported') rows.sort((a, b) => b.supports - b.opposes - (a.supports - a.opposes));
  if (sort === 'discussed') rows.sort((a, b) => b.comments - a.comments);
  return rows;
}
