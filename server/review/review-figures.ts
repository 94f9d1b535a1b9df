// The dashboard's counts, each one grouped in the database over the filter's rows: who took part,
// contributions per category and per day, support per day, the most supported and most discussed items.
// Hidden marks, proposals and comments, drafts, deleted comments and reactions to hidden items count nowhere.
import { db } from '@/server/db';
import { Prisma } from '@/server/generated/prisma/client';

import { annotationConditions, periodCondition, proposalConditions, targetConditions, type ReviewFilter } from './review-filter';

export const TOP_ITEMS = 10;

export type Participants = { registered: number; guests: number };
export type CategoryCount = { category: string; marks: number; proposals: number };
export type DayCount = { day: string; marks: number; proposals: number; comments: number };
export type SupportDay = { day: string; supports: number; opposes: number };
export type RankedItem = { type: 'annotation' | 'proposal'; id: string; title: string; category: string; supports: number; opposes: number; comments: number };
export type Totals = { marks: number; proposals: number; comments: number; supports: number; opposes: number };

const n = (value: unknown) => Number(value ?? 0);
const published = 'COALESCE(p."publishedAt", p."createdAt")';

/** The filter's visible comments (alias t), within the period. */
const commentRows = (processId: string, f: ReviewFilter) =>
  Prisma.sql`FROM "Comment" t WHERE ${targetConditions(processId, f)} AND t."deletedAt" IS NULL AND t."hiddenAt" IS NULL AND ${periodCondition(f, 't."createdAt"')}`;
const voteRows = (processId: string, f: ReviewFilter) =>
  Prisma.sql`FROM "Vote" t WHERE ${targetConditions(processId, f)} AND ${periodCondition(f, 't."createdAt"')}`;
const markRows = (processId: string, f: ReviewFilter) => Prisma.sql`FROM "Annotation" a WHERE ${annotationConditions(processId, f)} AND ${periodCondition(f, 'a."createdAt"')}`;
const proposalRows = (processId: string, f: ReviewFilter) => Prisma.sql`FROM "Proposal" p WHERE ${proposalConditions(processId, f)} AND ${periodCondition(f, published)}`;

/** People who marked, proposed, commented or voted in the filter: registered and guests, counted, never named. */
export async function countParticipants(processId: string, f: ReviewFilter): Promise<Participants> {
  const rows = await db.$queryRaw<{ guest: number; people: bigint }[]>`
    SELECT COALESCE(u."role" = 'guest', 0) AS guest, COUNT(*) AS people FROM (
      SELECT a."authorId" AS who ${markRows(processId, f)}
      UNION SELECT p."authorId" ${proposalRows(processId, f)}
      UNION SELECT t."authorId" ${commentRows(processId, f)}
      UNION SELECT t."voterId" ${voteRows(processId, f)}
    ) x LEFT JOIN "User" u ON u."id" = x.who GROUP BY 1`;
  const count = (guest: boolean) => n(rows.find((r) => Boolean(n(r.guest)) === guest)?.people);
  return { registered: count(false), guests: count(true) };
}

export async function countTotals(processId: string, f: ReviewFilter): Promise<Totals> {
  const [row] = await db.$queryRaw<Record<keyof Totals, bigint>[]>`SELECT
    (SELECT COUNT(*) ${markRows(processId, f)}) AS marks,
    (SELECT COUNT(*) ${proposalRows(processId, f)}) AS proposals,
    (SELECT COUNT(*) ${commentRows(processId, f)}) AS comments,
    (SELECT COUNT(*) ${voteRows(processId, f)} AND t."value" = 1) AS supports,
    (SELECT COUNT(*) ${voteRows(processId, f)} AND t."value" = -1) AS opposes`;
  return { marks: n(row.marks), proposals: n(row.proposals), comments: n(row.comments), supports: n(row.supports), opposes: n(row.opposes) };
}

export async function contributionsByCategory(processId: string, f: ReviewFilter): Promise<CategoryCount[]> {
  const rows = await db.$queryRaw<{ category: string; marks: bigint; proposals: bigint }[]>`
    SELECT category, SUM(kind = 'mark') AS marks, SUM(kind = 'proposal') AS proposals FROM (
      SELECT a."category" AS category, 'mark' AS kind ${markRows(processId, f)}
      UNION ALL SELECT p."category", 'proposal' ${proposalRows(processId, f)}
    ) GROUP BY category ORDER BY COUNT(*) DESC, category`;
  return rows.map((r) => ({ category: r.category, marks: n(r.marks), proposals: n(r.proposals) }));
}

/** Per UTC day (dates are stored as ISO text: the first ten characters are the day). */
export async function contributionsByDay(processId: string, f: ReviewFilter): Promise<DayCount[]> {
  const rows = await db.$queryRaw<{ day: string; marks: bigint; proposals: bigint; comments: bigint }[]>`
    SELECT day, SUM(kind = 'mark') AS marks, SUM(kind = 'proposal') AS proposals, SUM(kind = 'comment') AS comments FROM (
      SELECT substr(a."createdAt", 1, 10) AS day, 'mark' AS kind ${markRows(processId, f)}
      UNION ALL SELECT substr(${Prisma.raw(published)}, 1, 10), 'proposal' ${proposalRows(processId, f)}
      UNION ALL SELECT substr(t."createdAt", 1, 10), 'comment' ${commentRows(processId, f)}
    ) GROUP BY day ORDER BY day`;
  return rows.map((r) => ({ day: r.day, marks: n(r.marks), proposals: n(r.proposals), comments: n(r.comments) }));
}

export async function supportByDay(processId: string, f: ReviewFilter): Promise<SupportDay[]> {
  const rows = await db.$queryRaw<{ day: string; supports: bigint; opposes: bigint }[]>`
    SELECT substr(t."createdAt", 1, 10) AS day, SUM(t."value" = 1) AS supports, SUM(t."value" = -1) AS opposes ${voteRows(processId, f)}
    GROUP BY day ORDER BY day`;
  return rows.map((r) => ({ day: r.day, supports: n(r.supports), opposes: n(r.opposes) }));
}

type Key = { type: 'annotation' | 'proposal'; id: string };

/** The items with the most net support (support minus opposition) in the filter, and the most comments. */
export async function topItems(processId: string, f: ReviewFilter): Promise<{ mostSupported: RankedItem[]; mostDiscussed: RankedItem[] }> {
  const [supported, discussed] = await Promise.all([
    db.$queryRaw<{ type: Key['type']; id: string }[]>`SELECT t."targetType" AS type, t."targetId" AS id ${voteRows(processId, f)}
      GROUP BY 1, 2 HAVING SUM(t."value" = 1) > 0 ORDER BY SUM(t."value") DESC, SUM(t."value" = 1) DESC, 2 LIMIT ${TOP_ITEMS}`,
    db.$queryRaw<{ type: Key['type']; id: string }[]>`SELECT t."targetType" AS type, t."targetId" AS id ${commentRows(processId, f)}
      GROUP BY 1, 2 ORDER BY COUNT(*) DESC, 2 LIMIT ${TOP_ITEMS}`,
  ]);
  const items = await describe(processId, f, [...supported, ...discussed]);
  const pick = (keys: Key[]) => keys.flatMap((k) => items.get(`${k.type}:${k.id}`) ?? []);
  return { mostSupported: pick(supported), mostDiscussed: pick(discussed) };
}

/** Titles, categories and counts (in the filter's period) of at most 2 × TOP_ITEMS items. */
async function describe(processId: string, f: ReviewFilter, keys: Key[]): Promise<Map<string, RankedItem>> {
  const ids = (type: Key['type']) => [...new Set(keys.filter((k) => k.type === type).map((k) => k.id))];
  const markIds = ids('annotation');
  const proposalIds = ids('proposal');
  const targets = [...markIds, ...proposalIds];
  const [marks, proposals, votes, comments] = await Promise.all([
    db.annotation.findMany({ where: { id: { in: markIds } }, select: { id: true, text: true, category: true } }),
    db.proposal.findMany({ where: { id: { in: proposalIds } }, select: { id: true, title: true, category: true } }),
    db.$queryRaw<{ id: string; supports: bigint; opposes: bigint }[]>`SELECT t."targetId" AS id, SUM(t."value" = 1) AS supports, SUM(t."value" = -1) AS opposes
      ${voteRows(processId, f)} AND t."targetId" IN (${targets.length ? Prisma.join(targets) : Prisma.raw("''")}) GROUP BY 1`,
    db.$queryRaw<{ id: string; comments: bigint }[]>`SELECT t."targetId" AS id, COUNT(*) AS comments
      ${commentRows(processId, f)} AND t."targetId" IN (${targets.length ? Prisma.join(targets) : Prisma.raw("''")}) GROUP BY 1`,
  ]);
  const vote = new Map(votes.map((v) => [v.id, v]));
  const comment = new Map(comments.map((c) => [c.id, n(c.comments)]));
  const item = (type: Key['type'], id: string, title: string, category: string): [string, RankedItem] => [
    `${type}:${id}`,
    { type, id, title, category, supports: n(vote.get(id)?.supports), opposes: n(vote.get(id)?.opposes), comments: comment.get(id) ?? 0 },
  ];
  return new Map([
    ...marks.map((m) => item('annotation', m.id, m.text.length > 120 ? `${m.text.slice(0, 119)}…` : m.text, m.category)),
    ...proposals.map((p) => item('proposal', p.id, p.title, p.category)),
  ]);
}
