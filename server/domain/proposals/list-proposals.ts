import { z } from 'zod';

import { geometrySchema, type Geometry } from '@/lib/geo/geometry';
import { representativePoint } from '@/lib/geo/representative-point';
import { PROPOSAL_STATUSES } from '@/lib/participation/proposal-lifecycle';
import type { ProposalSummary } from '@/lib/participation/views';
import type { Viewer } from '@/lib/policy/subject';
import { db } from '@/server/db';
import { invalidInput } from '@/server/http/app-error';

import { pageAfter, pageQuerySchema, type SortKey } from '../page-cursor';
import { processVoteCounts, voteCounts } from '../votes/vote-counts';

export const PROPOSAL_PAGE = 50;

export const proposalQuerySchema = z
  .object({
    sort: z.enum(['newest', 'supported', 'discussed']).default('newest'),
    category: z.string().max(32).optional(),
    status: z.enum(PROPOSAL_STATUSES).exclude(['draft']).optional(),
    /** "west,south,east,north": only proposals placed inside this map area. */
    bbox: z
      .string()
      .regex(/^-?[\d.]+(,-?[\d.]+){3}$/, 'bbox: west,south,east,north')
      .transform((value) => value.split(',').map(Number) as [number, number, number, number])
      .optional(),
  })
  .extend(pageQuerySchema.shape);

export type ProposalPage = { proposals: ProposalSummary[]; nextCursor: string | null; total: number };

const placed = (geometry: string | null): Geometry | null => (geometry ? geometrySchema.parse(JSON.parse(geometry)) : null);

/**
 * Published proposals of a process (never drafts, never hidden), a page at a time, with support and
 * comment counts. Ranking reads only the keys of every proposal and counts keyed by the process;
 * the page's own rows are then read by id, at most a page of them.
 */
export async function listProposals(processId: string, query: unknown, viewer: Viewer): Promise<ProposalPage> {
  const parsed = proposalQuerySchema.safeParse(query);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { sort, category, status, bbox, limit = PROPOSAL_PAGE, cursor } = parsed.data;
  const where = { processId, hiddenAt: null, status: status ?? { not: 'draft' }, category };
  const keys = await db.proposal.findMany({ where, select: { id: true, publishedAt: true, createdAt: true, geometry: !!bbox } });
  const inside = keys.filter(({ geometry }) => {
    if (!bbox) return true;
    const place = placed(geometry ?? null);
    if (!place) return false;
    const [x, y] = representativePoint(place);
    return x >= bbox[0] && x <= bbox[2] && y >= bbox[1] && y <= bbox[3];
  });
  const score = await scores(processId, sort);
  const keyOf = (p: (typeof keys)[number]): SortKey => [score(p.id), (p.publishedAt ?? p.createdAt).getTime(), p.id];
  const { page, nextCursor, total } = pageAfter(inside, keyOf, { score: 'desc', time: 'desc' }, limit, cursor);

  const ids = page.map((p) => p.id);
  const [rows, votes, comments] = await Promise.all([
    db.proposal.findMany({ where: { id: { in: ids } }, include: { author: { select: { name: true, deletedAt: true } } } }),
    voteCounts('proposal', ids, viewer?.id),
    db.comment.groupBy({ by: ['targetId'], where: { targetType: 'proposal', targetId: { in: ids }, deletedAt: null, hiddenAt: null }, _count: { _all: true } }),
  ]);
  const byId = new Map(rows.map((p) => [p.id, p]));
  const commentCount = new Map(comments.map((c) => [c.targetId, c._count._all]));
  const proposals = ids.flatMap((id) => {
    const p = byId.get(id);
    if (!p) return [];
    return [{
      id: p.id,
      title: p.title,
      body: p.body,
      category: p.category,
      status: p.status,
      authorName: p.author.deletedAt ? null : p.author.name,
      publishedAt: (p.publishedAt ?? p.createdAt).toISOString(),
      geometry: placed(p.geometry),
      ...votes.get(p.id)!,
      comments: commentCount.get(p.id) ?? 0,
    }];
  });
  return { proposals, nextCursor, total };
}

/** The rank of each proposal for the chosen order (newest: all equal, the time decides). */
async function scores(processId: string, sort: 'newest' | 'supported' | 'discussed'): Promise<(id: string) => number> {
  if (sort === 'supported') {
    const votes = await processVoteCounts(processId, 'proposal');
    return (id) => (votes.get(id)?.supports ?? 0) - (votes.get(id)?.opposes ?? 0);
  }
  if (sort === 'discussed') {
    const comments = await db.comment.groupBy({ by: ['targetId'], where: { processId, targetType: 'proposal', deletedAt: null, hiddenAt: null }, _count: { _all: true } });
    const count = new Map(comments.map((c) => [c.targetId, c._count._all]));
    return (id) => count.get(id) ?? 0;
  }
  return () => 0;
}

/** Where the process's published proposals lie, for the map: id, title and place of every placed one. */
export async function listProposalPlaces(processId: string) {
  const rows = await db.proposal.findMany({ where: { processId, hiddenAt: null, status: { not: 'draft' }, geometry: { not: null } }, select: { id: true, title: true, geometry: true } });
  return rows.map((p) => ({ id: p.id, title: p.title, geometry: placed(p.geometry) }));
}
