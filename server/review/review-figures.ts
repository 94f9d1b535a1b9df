// The dashboard's counts in one statement over the filter's rows (reviewScope materialises them once):
// who took part, contributions per category and per day, support per day, the most supported and most
// discussed items. Each figure is grouped in the database and comes back as JSON in a single row.
// Hidden marks, proposals and comments, drafts, deleted comments and reactions to hidden items count nowhere.
import { jsonArrayOf, jsonObject, readJson, utcDay } from '@/server/database/dialect';
import { db } from '@/server/db';
import { Prisma } from '@/server/generated/prisma/client';

import { periodCondition, reviewScope, type ReviewFilter } from './review-filter';

export const TOP_ITEMS = 10;
const TITLE_LENGTH = 120;

export type Participants = { registered: number; guests: number };
export type CategoryCount = { category: string; marks: number; proposals: number };
export type DayCount = { day: string; marks: number; proposals: number; comments: number };
export type SupportDay = { day: string; supports: number; opposes: number };
export type RankedItem = { type: 'annotation' | 'proposal'; id: string; title: string; category: string; supports: number; opposes: number; comments: number };
export type Totals = { marks: number; proposals: number; comments: number; supports: number; opposes: number };
export type ReviewFigures = {
  participants: Participants;
  totals: Totals;
  byCategory: CategoryCount[];
  byDay: DayCount[];
  supportByDay: SupportDay[];
  mostSupported: RankedItem[];
  mostDiscussed: RankedItem[];
};

type Ranked = RankedItem & { list: 'supported' | 'discussed' };
type Row = {
  people: { guest: number; people: number }[];
  totals: Totals;
  byCategory: CategoryCount[];
  byDay: DayCount[];
  support: SupportDay[];
  ranked: Ranked[];
};

const n = (value: unknown) => Number(value ?? 0);
const title = (text: string) => (text.length > TITLE_LENGTH ? `${text.slice(0, TITLE_LENGTH - 1)}…` : text);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const count = (condition: string) => Prisma.raw(`SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`);
const object = (pairs: Record<string, Prisma.Sql>) => jsonObject(Object.entries(pairs));
const column = (name: string) => Prisma.raw(name);

/** Marks and proposals are counted in the period by their own date; comments and votes already are (reviewScope). */
export function figuresStatement(processId: string, f: ReviewFilter): Prisma.Sql {
  const people = jsonArrayOf(object({ guest: column('guest'), people: column('people') }));
  const totals = object({
    marks: Prisma.sql`(SELECT COUNT(*) FROM mp)`, proposals: Prisma.sql`(SELECT COUNT(*) FROM pp)`, comments: Prisma.sql`(SELECT COUNT(*) FROM rc)`,
    supports: Prisma.sql`(SELECT COALESCE(SUM(s), 0) FROM vc)`, opposes: Prisma.sql`(SELECT COALESCE(SUM(o), 0) FROM vc)`,
  });
  const byCategory = jsonArrayOf(object({ category: column('category'), marks: column('marks'), proposals: column('proposals') }));
  const byDay = jsonArrayOf(object({ day: column('day'), marks: column('marks'), proposals: column('proposals'), comments: column('comments') }));
  const support = jsonArrayOf(object({ day: column('day'), supports: column('supports'), opposes: column('opposes') }));
  const ranked = jsonArrayOf(object({
    list: column('r.list'), type: column('r.type'), id: column('r.id'), title: column('COALESCE(a."text", p."title")'), category: column('COALESCE(a."category", p."category")'),
    supports: column('COALESCE(vc.s, 0)'), opposes: column('COALESCE(vc.o, 0)'), net: column('COALESCE(vc.net, 0)'), comments: column('COALESCE(cc.c, 0)'),
  }));
  return Prisma.sql`${reviewScope(processId, f)},
    mp AS MATERIALIZED (SELECT * FROM rm WHERE ${periodCondition(f, 'rm."createdAt"')}),
    pp AS MATERIALIZED (SELECT * FROM rp WHERE ${periodCondition(f, 'rp.at')}),
    vc AS MATERIALIZED (SELECT "targetType" AS type, "targetId" AS id, ${count('"value" = 1')} AS s, ${count('"value" = -1')} AS o, SUM("value") AS net FROM rv GROUP BY 1, 2),
    cc AS MATERIALIZED (SELECT "targetType" AS type, "targetId" AS id, COUNT(*) AS c FROM rc GROUP BY 1, 2),
    ranked AS MATERIALIZED (
      SELECT * FROM (SELECT 'supported' AS list, type, id FROM vc WHERE s > 0 ORDER BY net DESC, s DESC, id LIMIT ${TOP_ITEMS}) AS supported
      UNION ALL SELECT * FROM (SELECT 'discussed', type, id FROM cc ORDER BY c DESC, id LIMIT ${TOP_ITEMS}) AS discussed)
    SELECT ${object({
      people: Prisma.sql`(SELECT ${people} FROM (
        SELECT CASE WHEN u."role" = 'guest' THEN 1 ELSE 0 END AS guest, COUNT(*) AS people FROM (
          SELECT "authorId" AS who FROM mp UNION SELECT "authorId" FROM pp UNION SELECT "authorId" FROM rc UNION SELECT "voterId" FROM rv
        ) x LEFT JOIN "User" u ON u."id" = x.who GROUP BY 1) AS g)`,
      totals,
      byCategory: Prisma.sql`(SELECT ${byCategory} FROM (
        SELECT category, ${count("kind = 'mark'")} AS marks, ${count("kind = 'proposal'")} AS proposals FROM (
          SELECT "category", 'mark' AS kind FROM mp UNION ALL SELECT "category", 'proposal' FROM pp) AS k GROUP BY category) AS g)`,
      byDay: Prisma.sql`(SELECT ${byDay} FROM (
        SELECT day, ${count("kind = 'mark'")} AS marks, ${count("kind = 'proposal'")} AS proposals, ${count("kind = 'comment'")} AS comments FROM (
          SELECT ${utcDay('"createdAt"')} AS day, 'mark' AS kind FROM mp
          UNION ALL SELECT ${utcDay('at')}, 'proposal' FROM pp
          UNION ALL SELECT ${utcDay('"createdAt"')}, 'comment' FROM rc) AS k GROUP BY day) AS g)`,
      support: Prisma.sql`(SELECT ${support} FROM (
        SELECT ${utcDay('"createdAt"')} AS day, ${count('"value" = 1')} AS supports, ${count('"value" = -1')} AS opposes FROM rv GROUP BY day) AS g)`,
      ranked: Prisma.sql`(SELECT ${ranked}
        FROM ranked r
        LEFT JOIN vc ON vc.type = r.type AND vc.id = r.id LEFT JOIN cc ON cc.type = r.type AND cc.id = r.id
        LEFT JOIN "Annotation" a ON r.type = 'annotation' AND a."id" = r.id LEFT JOIN "Proposal" p ON r.type = 'proposal' AND p."id" = r.id)`,
    })} AS figures`;
}

export async function reviewFigures(processId: string, f: ReviewFilter): Promise<ReviewFigures> {
  const [row] = await db.$queryRaw<{ figures: unknown }[]>(figuresStatement(processId, f));
  const figures = readJson<Row>(row.figures);
  const people = (guest: boolean) => n(figures.people.find((r) => Boolean(n(r.guest)) === guest)?.people);
  // json_group_array keeps no promised order: the orders are applied here.
  const ranked = figures.ranked.map((r) => ({ ...r, title: title(r.title), net: r.supports - r.opposes }));
  const item = ({ type, id, title, category, supports, opposes, comments }: (typeof ranked)[number]): RankedItem => ({ type, id, title, category, supports, opposes, comments });
  return {
    participants: { registered: people(false), guests: people(true) },
    totals: { marks: n(figures.totals.marks), proposals: n(figures.totals.proposals), comments: n(figures.totals.comments), supports: n(figures.totals.supports), opposes: n(figures.totals.opposes) },
    byCategory: figures.byCategory.sort((a, b) => b.marks + b.proposals - (a.marks + a.proposals) || byText(a.category, b.category)),
    byDay: figures.byDay.sort((a, b) => byText(a.day, b.day)),
    supportByDay: figures.support.sort((a, b) => byText(a.day, b.day)),
    mostSupported: ranked.filter((r) => r.list === 'supported').sort((a, b) => b.net - a.net || b.supports - a.supports || byText(a.id, b.id)).map(item),
    mostDiscussed: ranked.filter((r) => r.list === 'discussed').sort((a, b) => b.comments - a.comments || byText(a.id, b.id)).map(item),
  };
}
