// The dashboard's counts, each one grouped in the database over the filter's rows: who took part,
// contributions per category and per day, support per day, the most supported and most discussed items.
// Hidden marks, proposals and comments, drafts, deleted comments and reactions to hidden items count nowhere.
import { db } from '@/server/db';
import { Prisma } from '@/server/generated/prisma/client';

import { periodCondition, reviewScope, type ReviewFilter } from './review-filter';

export const TOP_ITEMS = 10;

export type Participants = { registered: number; guests: number };
export type CategoryCount = { category: string; marks: number; proposals: number };
export type DayCount = { day: string; marks: number; proposals: number; comments: number };
export type SupportDay = { day: string; supports: number; opposes: number };
export type RankedItem = { type: 'annotation' | 'proposal'; id: string; title: string; category: string; supports: number; opposes: number; comments: number };
export type Totals = { marks: number; proposals: number; comments: number; supports: number; opposes: number };

const n = (value: unknown) => Number(value ?? 0);
const markPeriod = (f: ReviewFilter) => periodCondition(f, 'rm."createdAt"');
const proposalPeriod = (f: ReviewFilter) => periodCondition(f, 'rp.at');

/** People who marked, proposed, commented or voted in the filter: registered and guests, counted, never named. */
export async function countParticipants(processId: string, f: ReviewFilter): Promise<Participants> {
  const rows = await db.$queryRaw<{ guest: number; people: bigint }[]>`${reviewScope(processId, f)}
    SELECT COALESCE(u."role" = 'guest', 0) AS guest, COUNT(*) AS people FROM (
      SELECT rm."authorId" AS who FROM rm WHERE ${markPeriod(f)}
      UNION SELECT rp."authorId" FROM rp WHERE ${proposalPeriod(f)}
      UNION SELECT rc."authorId" FROM rc
      UNION SELECT rv."voterId" FROM rv
    ) x LEFT JOIN "User" u ON u."id" = x.who GROUP BY 1`;
  const count = (guest: boolean) => n(rows.find((r) => Boolean(n(r.guest)) === guest)?.people);
  return { registered: count(false), guests: count(true) };
}

export async function countTotals(processId: string, f: ReviewFilter): Promise<Totals> {
  const [row] = await db.$queryRaw<Record<keyof Totals, bigint>[]>`${reviewScope(processId, f)} SELECT
    (SELECT COUNT(*) FROM rm WHERE ${markPeriod(f)}) AS marks,
    (SELECT COUNT(*) FROM rp WHERE ${proposalPeriod(f)}) AS proposals,
    (SELECT COUNT(*) FROM rc) AS comments,
    (SELECT SUM("value" = 1) FROM rv) AS supports,
    (SELECT SUM("value" = -1) FROM rv) AS opposes`;
  return { marks: n(row.marks), proposals: n(row.proposals), comments: n(row.comments), supports: n(row.supports), opposes: n(row.opposes) };
}

export async function contributionsByCategory(processId: string, f: ReviewFilter): Promise<CategoryCount[]> {
  const rows = await db.$queryRaw<{ category: string; marks: bigint; proposals: bigint }[]>`${reviewScope(processId, f)}
    SELECT category, SUM(kind = 'mark') AS marks, SUM(kind = 'proposal') AS proposals FROM (
      SELECT rm."category" AS category, 'mark' AS kind FROM rm WHERE ${markPeriod(f)}
      UNION ALL SELECT rp."category", 'proposal' FROM rp WHERE ${proposalPeriod(f)}
    ) GROUP BY category ORDER BY COUNT(*) DESC, category`;
  return rows.map((r) => ({ category: r.category, marks: n(r.marks), proposals: n(r.proposals) }));
}

/** Per UTC day (dates are stored as ISO text: the first ten characters are the day). */
export async function contributionsByDay(processId: string, f: ReviewFilter): Promise<DayCount[]> {
  const rows = await db.$queryRaw<{ day: string; marks: bigint; proposals: bigint; comments: bigint }[]>`${reviewScope(processId, f)}
    SELECT day, SUM(kind = 'mark') AS marks, SUM(kind = 'proposal') AS proposals, SUM(kind = 'comment') AS comments FROM (
      SELECT substr(rm."createdAt", 1, 10) AS day, 'mark' AS kind FROM rm WHERE ${markPeriod(f)}
      UNION ALL SELECT substr(rp.at, 1, 10), 'proposal' FROM rp WHERE ${proposalPeriod(f)}
      UNION ALL SELECT substr(rc."createdAt", 1, 10), 'comment' FROM rc
    ) GROUP BY day ORDER BY day`;
  return rows.map((r) => ({ day: r.day, marks: n(r.marks), proposals: n(r.proposals), comments: n(r.comments) }));
}

export async function supportByDay(processId: string, f: ReviewFilter): Promise<SupportDay[]> {
  const rows = await db.$queryRaw<{ day: string; supports: bigint; opposes: bigint }[]>`${reviewScope(processId, f)}
    SELECT substr(rv."createdAt", 1, 10) AS day, SUM(rv."value" = 1) AS supports, SUM(rv."value" = -1) AS opposes FROM rv
    GROUP BY day ORDER BY day`;
  return rows.map((r) => ({ day: r.day, supports: n(r.supports), opposes: n(r.opposes) }));
}

type Key = { type: 'annotation' | 'proposal'; id: string };

/** The items with the most net support (support minus opposition) in the filter, and the most comments. */
export async function topItems(processId: string, f: ReviewFilter): Promise<{ mostSupported: RankedItem[]; mostDiscussed: RankedItem[] }> {
  const [supported, discussed] = await Promise.all([
    db.$queryRaw<{ type: Key['type']; id: string }[]>`${reviewScope(processId, f)} SELECT rv."targetType" AS type, rv."targetId" AS id FROM rv
      GROUP BY 1, 2 HAVING SUM(rv."value" = 1) > 0 ORDER BY SUM(rv."value") DESC, SUM(rv."value" = 1) DESC, 2 LIMIT ${TOP_ITEMS}`,
    db.$queryRaw<{ type: Key['type']; id: string }[]>`${reviewScope(processId, f)} SELECT rc."targetType" AS type, rc."targetId" AS id FROM rc
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
    db.$queryRaw<{ id: string; supports: bigint; opposes: bigint }[]>`${reviewScope(processId, f)} SELECT rv."targetId" AS id, SUM(rv."value" = 1) AS supports, SUM(rv."value" = -1) AS opposes
      FROM rv WHERE rv."targetId" IN (${targets.length ? Prisma.join(targets) : Prisma.raw("''")}) GROUP BY 1`,
    db.$queryRaw<{ id: string; comments: bigint }[]>`${reviewScope(processId, f)} SELECT rc."targetId" AS id, COUNT(*) AS comments
      FROM rc WHERE rc."targetId" IN (${targets.length ? Prisma.join(targets) : Prisma.raw("''")}) GROUP BY 1`,
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
