// What people wrote within a review filter — marks, proposals (title and text) and comments on the marks
// and proposals the filter keeps — read newest first a page at a time, up to a cap per request.
import { Prisma } from '@/server/generated/prisma/client';
import { db } from '@/server/db';

import { annotationConditions, periodCondition, proposalConditions, targetConditions, type ReviewFilter } from './review-filter';

export const TEXTS_PER_PAGE = 500;
/** Texts read for one analysis at most: the newest ones; beyond that the themes say they are partial. */
export const MAX_TEXTS = 5000;

export type ThemeSource = {
  type: 'annotation' | 'proposal' | 'comment';
  id: string;
  text: string;
  locale: string | null;
  at: string;
  /** Where it links to: a mark (its own geometry or its target's) or a proposal. */
  markId: string | null;
  markGeometry: string | null;
  proposalId: string | null;
};

type Row = ThemeSource;

function page(processId: string, filter: ReviewFilter, before: { at: string; key: string } | null): Prisma.Sql {
  const after = before ? Prisma.sql`WHERE "at" < ${before.at} OR ("at" = ${before.at} AND "type" || ':' || "id" < ${before.key})` : Prisma.empty;
  return Prisma.sql`SELECT * FROM (
      SELECT 'annotation' AS "type", a."id", a."text", u."locale", a."createdAt" AS "at", a."id" AS "markId", a."geometry" AS "markGeometry", NULL AS "proposalId"
        FROM "Annotation" a LEFT JOIN "User" u ON u."id" = a."authorId"
        WHERE ${annotationConditions(processId, filter, 'a')} AND ${periodCondition(filter, 'a."createdAt"')}
      UNION ALL
      SELECT 'proposal', p."id", p."title" || '. ' || p."body", u."locale", p."createdAt", NULL, NULL, p."id"
        FROM "Proposal" p JOIN "User" u ON u."id" = p."authorId"
        WHERE ${proposalConditions(processId, filter, 'p')} AND ${periodCondition(filter, 'p."createdAt"')}
      UNION ALL
      SELECT 'comment', t."id", t."body", u."locale", t."createdAt",
          CASE t."targetType" WHEN 'annotation' THEN t."targetId" END, m."geometry", CASE t."targetType" WHEN 'proposal' THEN t."targetId" END
        FROM "Comment" t JOIN "User" u ON u."id" = t."authorId"
        LEFT JOIN "Annotation" m ON t."targetType" = 'annotation' AND m."id" = t."targetId"
        WHERE t."deletedAt" IS NULL AND t."hiddenAt" IS NULL AND ${targetConditions(processId, filter, 't')} AND ${periodCondition(filter, 't."createdAt"')}
    ) AS texts ${after}
    ORDER BY "at" DESC, "type" || ':' || "id" DESC LIMIT ${TEXTS_PER_PAGE}`;
}

/** The texts in the filter, newest first, page by page; stops after `max` texts. */
export async function* themeSources(processId: string, filter: ReviewFilter, max = MAX_TEXTS): AsyncGenerator<ThemeSource> {
  let before: { at: string; key: string } | null = null;
  let read = 0;
  while (read < max) {
    const rows: Row[] = await db.$queryRaw<Row[]>(page(processId, filter, before));
    // The adapter may hand dates back as Date or as the stored text; the keyset below needs the stored text.
    for (const row of rows.slice(0, max - read)) yield { ...row, at: (row.at as unknown) instanceof Date ? (row.at as unknown as Date).toISOString() : String(row.at) };
    read += rows.length;
    if (rows.length < TEXTS_PER_PAGE) return;
    const last: Row = rows.at(-1)!;
    before = { at: last.at, key: `${last.type}:${last.id}` };
  }
}

/** Changes whenever a text in the process is added, edited, hidden, restored or deleted: the cache's key. */
export async function contentStamp(processId: string): Promise<string> {
  const [row] = await db.$queryRaw<Record<string, unknown>[]>`SELECT
    (SELECT count(*) || '/' || count("hiddenAt") || '/' || coalesce(CAST(max("updatedAt") AS TEXT), '') FROM "Annotation" WHERE "processId" = ${processId}) AS "marks",
    (SELECT count(*) || '/' || count("hiddenAt") || '/' || coalesce(CAST(max("updatedAt") AS TEXT), '') FROM "Proposal" WHERE "processId" = ${processId}) AS "proposals",
    (SELECT count(*) || '/' || count("hiddenAt") || '/' || count("deletedAt") || '/' || coalesce(CAST(max("editedAt") AS TEXT), '') FROM "Comment" WHERE "processId" = ${processId}) AS "comments"`;
  return `${row.marks}|${row.proposals}|${row.comments}`;
}
