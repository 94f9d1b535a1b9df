// A process's visible marks, proposals and comments read a page at a time (keyset by id), each page one
// statement with its counts (correlated counts on the covering indexes of votes and comments), so an
// export of any size holds one page in memory. Hidden, deleted and draft items are left out; no e-mail
// address is ever selected.
import { geometrySchema, type Geometry } from '@/lib/geo/geometry';
import { db } from '@/server/db';
import { Prisma } from '@/server/generated/prisma/client';

export const EXPORT_PAGE = 500;

export type MarkRow = {
  id: string; kind: string; category: string; text: string; author: string; createdAt: string; updatedAt: string;
  supports: number; opposes: number; comments: number; layer: string | null; featureId: string | null; scenario: string | null; geometry: Geometry | null;
};
export type ProposalRow = {
  id: string; title: string; body: string; category: string; status: string; author: string; publishedAt: string | null;
  supports: number; opposes: number; comments: number; answeredAt: string | null; answer: string | null; geometry: Geometry | null;
};
export type CommentRow = {
  id: string; targetType: string; targetId: string; parentId: string | null; author: string; body: string; createdAt: string; editedAt: string | null; supports: number; opposes: number;
};

type Counted = { supports: number | bigint; opposes: number | bigint };
const iso = (text: string | null) => (text === null ? null : new Date(text).toISOString());
const authorName = (name: string, deletedAt: string | null) => (deletedAt ? '' : name);
/** Stored geometry is checked on write; one that no longer reads is exported without a place rather than ending the file. */
function geometry(text: string | null): Geometry | null {
  if (text === null) return null;
  try {
    const parsed = geometrySchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const votes = (type: string, id: string) => Prisma.raw(
  `(SELECT COUNT(*) FROM "Vote" v WHERE v."targetType" = '${type}' AND v."targetId" = ${id} AND v."value" = 1) AS "supports", ` +
  `(SELECT COUNT(*) FROM "Vote" v WHERE v."targetType" = '${type}' AND v."targetId" = ${id} AND v."value" = -1) AS "opposes"`,
);
const comments = (type: string, id: string) => Prisma.raw(
  `(SELECT COUNT(*) FROM "Comment" c WHERE c."targetType" = '${type}' AND c."targetId" = ${id} AND c."deletedAt" IS NULL AND c."hiddenAt" IS NULL) AS "comments"`,
);

/** Reads `page(afterId)` until a page comes back short. */
async function* keyset<T extends { id: string }>(page: (afterId: string) => Promise<T[]>): AsyncGenerator<T[]> {
  let after = '';
  for (;;) {
    const rows = await page(after);
    if (rows.length > 0) yield rows;
    if (rows.length < EXPORT_PAGE) return;
    after = rows[rows.length - 1].id;
  }
}

type MarkSql = Counted & { id: string; kind: string; category: string; text: string; authorName: string; createdAt: string; updatedAt: string; comments: number | bigint; layer: string | null; featureId: string | null; scenario: string | null; geometry: string };

export async function* markPages(processId: string): AsyncGenerator<MarkRow[]> {
  const pages = keyset((after) => db.$queryRaw<MarkSql[]>`
    SELECT a."id", a."kind", a."category", a."text", a."authorName", a."createdAt", a."updatedAt", a."geometry", a."featureId",
      l."slug" AS "layer", s."name" AS "scenario", ${votes('annotation', 'a."id"')}, ${comments('annotation', 'a."id"')}
    FROM "Annotation" a LEFT JOIN "Layer" l ON l."id" = a."layerId" LEFT JOIN "Scenario" s ON s."id" = a."scenarioId"
    WHERE a."processId" = ${processId} AND a."hiddenAt" IS NULL AND a."id" > ${after} ORDER BY a."id" LIMIT ${EXPORT_PAGE}`);
  for await (const marks of pages) {
    yield marks.map((m) => ({
      id: m.id, kind: m.kind, category: m.category, text: m.text, author: m.authorName, createdAt: iso(m.createdAt)!, updatedAt: iso(m.updatedAt)!,
      supports: Number(m.supports), opposes: Number(m.opposes), comments: Number(m.comments),
      layer: m.layer, featureId: m.layer ? m.featureId : null, scenario: m.scenario, geometry: geometry(m.geometry),
    }));
  }
}

type ProposalSql = Counted & { id: string; title: string; body: string; category: string; status: string; authorName: string; authorDeletedAt: string | null; publishedAt: string | null; comments: number | bigint; answer: string | null; answeredAt: string | null; geometry: string | null };

export async function* proposalPages(processId: string): AsyncGenerator<ProposalRow[]> {
  const latest = (column: string) => Prisma.raw(`(SELECT o."${column}" FROM "OfficialAnswer" o WHERE o."proposalId" = p."id" ORDER BY o."createdAt" DESC, o."id" DESC LIMIT 1)`);
  const pages = keyset((after) => db.$queryRaw<ProposalSql[]>`
    SELECT p."id", p."title", p."body", p."category", p."status", p."publishedAt", p."geometry", u."name" AS "authorName", u."deletedAt" AS "authorDeletedAt",
      ${votes('proposal', 'p."id"')}, ${comments('proposal', 'p."id"')}, ${latest('body')} AS "answer", ${latest('createdAt')} AS "answeredAt"
    FROM "Proposal" p JOIN "User" u ON u."id" = p."authorId"
    WHERE p."processId" = ${processId} AND p."hiddenAt" IS NULL AND p."status" <> 'draft' AND p."id" > ${after} ORDER BY p."id" LIMIT ${EXPORT_PAGE}`);
  for await (const proposals of pages) {
    yield proposals.map((p) => ({
      id: p.id, title: p.title, body: p.body, category: p.category, status: p.status, author: authorName(p.authorName, p.authorDeletedAt), publishedAt: iso(p.publishedAt),
      supports: Number(p.supports), opposes: Number(p.opposes), comments: Number(p.comments),
      answeredAt: iso(p.answeredAt), answer: p.answer, geometry: geometry(p.geometry),
    }));
  }
}

type CommentSql = Counted & { id: string; targetType: string; targetId: string; parentId: string | null; body: string; createdAt: string; editedAt: string | null; authorName: string; authorDeletedAt: string | null };

/**
 * Comments on targets anyone may see: marks not hidden, proposals published and not hidden. The test is a
 * CASE, not an OR, so SQLite walks the comments in id order instead of gathering and sorting them all.
 */
export async function* commentPages(processId: string): AsyncGenerator<CommentRow[]> {
  const pages = keyset((after) => db.$queryRaw<CommentSql[]>`
    SELECT c."id", c."targetType", c."targetId", c."parentId", c."body", c."createdAt", c."editedAt", u."name" AS "authorName", u."deletedAt" AS "authorDeletedAt",
      ${votes('comment', 'c."id"')}
    FROM "Comment" c JOIN "User" u ON u."id" = c."authorId"
    WHERE c."processId" = ${processId} AND c."hiddenAt" IS NULL AND c."deletedAt" IS NULL AND c."id" > ${after}
      AND CASE c."targetType"
        WHEN 'annotation' THEN EXISTS (SELECT 1 FROM "Annotation" a WHERE a."id" = c."targetId" AND a."processId" = c."processId" AND a."hiddenAt" IS NULL)
        WHEN 'proposal' THEN EXISTS (SELECT 1 FROM "Proposal" p WHERE p."id" = c."targetId" AND p."processId" = c."processId" AND p."hiddenAt" IS NULL AND p."status" <> 'draft')
        ELSE FALSE END
    ORDER BY c."id" LIMIT ${EXPORT_PAGE}`);
  for await (const rows of pages) {
    yield rows.map((c) => ({
      id: c.id, targetType: c.targetType, targetId: c.targetId, parentId: c.parentId, author: authorName(c.authorName, c.authorDeletedAt), body: c.body,
      createdAt: iso(c.createdAt)!, editedAt: iso(c.editedAt), supports: Number(c.supports), opposes: Number(c.opposes),
    }));
  }
}
