// The review's proposal list, a page at a time: the filter's proposals ranked by net support, or those
// still waiting for an answer, oldest first, each with its age and whether it is past the overdue limit.
import type { ProposalStatus } from '@/lib/participation/proposal-lifecycle';
import { z } from '@/lib/zod';
import { db } from '@/server/db';
import { Prisma } from '@/server/generated/prisma/client';
import { invalidInput } from '@/server/http/app-error';

import { isoText, periodCondition, proposalConditions, type ReviewFilter } from './review-filter';

export const REVIEW_PAGE = 20;
const DAY = 86_400_000;

export const reviewListSchema = z.object({
  list: z.enum(['supported', 'waiting']).default('supported'),
  limit: z.coerce.number().int().min(1).max(100).default(REVIEW_PAGE),
  /** How many of the list the reader has already: an offset, as a string. */
  cursor: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ReviewListQuery = z.infer<typeof reviewListSchema>;

export function parseReviewList(params: URLSearchParams): ReviewListQuery {
  const parsed = reviewListSchema.safeParse({ list: params.get('list') || undefined, limit: params.get('limit') || undefined, cursor: params.get('cursor') || undefined });
  if (!parsed.success) throw invalidInput(parsed.error);
  return parsed.data;
}

export type ReviewProposal = {
  id: string;
  title: string;
  category: string;
  status: ProposalStatus;
  publishedAt: string;
  supports: number;
  opposes: number;
  comments: number;
  answered: boolean;
  ageDays: number;
  overdue: boolean;
};
export type ReviewProposalPage = { list: ReviewListQuery['list']; proposals: ReviewProposal[]; total: number; nextCursor: string | null };
export type Waiting = { total: number; overdue: number; overdueDays: number };

const published = Prisma.raw('COALESCE(p."publishedAt", p."createdAt")');
const unanswered = Prisma.sql`p."status" = 'published' AND NOT EXISTS (SELECT 1 FROM "OfficialAnswer" o WHERE o."proposalId" = p."id")`;

export async function listReviewProposals(processId: string, f: ReviewFilter, query: ReviewListQuery, now = new Date()): Promise<ReviewProposalPage> {
  const where = Prisma.sql`${proposalConditions(processId, f)} AND ${periodCondition(f, 'COALESCE(p."publishedAt", p."createdAt")')}${query.list === 'waiting' ? Prisma.sql` AND ${unanswered}` : Prisma.empty}`;
  const order = query.list === 'waiting' ? Prisma.sql`${published} ASC, p."id"` : Prisma.sql`COALESCE(v.net, 0) DESC, COALESCE(v.supports, 0) DESC, ${published} DESC, p."id"`;
  const [rows, [{ total }]] = await Promise.all([
    db.$queryRaw<{ id: string; title: string; category: string; status: string; at: string; supports: bigint | null; opposes: bigint | null; comments: bigint | null; answered: bigint }[]>`
      SELECT p."id", p."title", p."category", p."status", ${published} AS at, v.supports, v.opposes, c.comments,
        EXISTS (SELECT 1 FROM "OfficialAnswer" o WHERE o."proposalId" = p."id") AS answered
      FROM "Proposal" p
      LEFT JOIN (SELECT "targetId", SUM(CASE WHEN "value" = 1 THEN 1 ELSE 0 END) AS supports, SUM(CASE WHEN "value" = -1 THEN 1 ELSE 0 END) AS opposes, SUM("value") AS net FROM "Vote"
        WHERE "processId" = ${processId} AND "targetType" = 'proposal' GROUP BY "targetId") v ON v."targetId" = p."id"
      LEFT JOIN (SELECT "targetId", COUNT(*) AS comments FROM "Comment"
        WHERE "processId" = ${processId} AND "targetType" = 'proposal' AND "deletedAt" IS NULL AND "hiddenAt" IS NULL GROUP BY "targetId") c ON c."targetId" = p."id"
      WHERE ${where} ORDER BY ${order} LIMIT ${query.limit} OFFSET ${query.cursor}`,
    db.$queryRaw<{ total: bigint }[]>`SELECT COUNT(*) AS total FROM "Proposal" p WHERE ${where}`,
  ]);
  const proposals = rows.map((r) => {
    const age = now.getTime() - new Date(r.at).getTime();
    const ageDays = Math.max(0, Math.floor(age / DAY));
    const answered = Boolean(Number(r.answered));
    return {
      id: r.id, title: r.title, category: r.category, status: r.status as ProposalStatus, publishedAt: new Date(r.at).toISOString(),
      supports: Number(r.supports ?? 0), opposes: Number(r.opposes ?? 0), comments: Number(r.comments ?? 0), answered,
      ageDays, overdue: r.status === 'published' && !answered && age > f.overdueDays * DAY,
    };
  });
  const next = query.cursor + rows.length;
  return { list: query.list, proposals, total: Number(total), nextCursor: next < Number(total) ? String(next) : null };
}

/** How many of the filter's proposals wait for an answer, and how many of them for longer than the overdue limit. */
export async function countWaiting(processId: string, f: ReviewFilter, now = new Date()): Promise<Waiting> {
  const limit = isoText(new Date(now.getTime() - f.overdueDays * DAY));
  const [row] = await db.$queryRaw<{ total: bigint; overdue: bigint | null }[]>`
    SELECT COUNT(*) AS total, SUM(CASE WHEN ${published} < ${limit} THEN 1 ELSE 0 END) AS overdue FROM "Proposal" p
    WHERE ${proposalConditions(processId, f)} AND ${periodCondition(f, 'COALESCE(p."publishedAt", p."createdAt")')} AND ${unanswered}`;
  return { total: Number(row.total), overdue: Number(row.overdue ?? 0), overdueDays: f.overdueDays };
}
