// A process's visible marks, proposals and comments read a page at a time (keyset by id), each page
// with its counts, so an export of any size holds one page in memory. Hidden, deleted and draft
// items are left out; no e-mail address is ever selected.
import { geometrySchema, type Geometry } from '@/lib/geo/geometry';
import { inChunks } from '@/server/database/in-chunks';
import { db } from '@/server/db';

import { voteCounts } from '../votes/vote-counts';

export const EXPORT_PAGE = 500;

export type MarkRow = {
  id: string; kind: string; category: string; text: string; author: string; createdAt: string; updatedAt: string;
  supports: number; opposes: number; comments: number; layer: string | null; featureId: string | null; scenario: string | null; geometry: Geometry;
};
export type ProposalRow = {
  id: string; title: string; body: string; category: string; status: string; author: string; publishedAt: string | null;
  supports: number; opposes: number; comments: number; answeredAt: string | null; answer: string | null; geometry: Geometry | null;
};
export type CommentRow = {
  id: string; targetType: string; targetId: string; parentId: string | null; author: string; body: string; createdAt: string; editedAt: string | null; supports: number; opposes: number;
};

const iso = (date: Date | null) => date?.toISOString() ?? null;
const authorName = (author: { name: string; deletedAt: Date | null }) => (author.deletedAt ? '' : author.name);
const AUTHOR = { select: { name: true, deletedAt: true } } as const;

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

async function commentCounts(targetType: string, ids: string[]): Promise<Map<string, number>> {
  const grouped = await inChunks(ids, (chunk) =>
    db.comment.groupBy({ by: ['targetId'], where: { targetType, targetId: { in: chunk }, deletedAt: null, hiddenAt: null }, _count: { _all: true } }),
  );
  return new Map(grouped.map((row) => [row.targetId, row._count._all]));
}

export async function* markPages(processId: string): AsyncGenerator<MarkRow[]> {
  const pages = keyset((after) =>
    db.annotation.findMany({
      where: { processId, hiddenAt: null, id: { gt: after } },
      orderBy: { id: 'asc' },
      take: EXPORT_PAGE,
      include: { layer: { select: { slug: true } }, scenario: { select: { name: true } } },
    }),
  );
  for await (const marks of pages) {
    const ids = marks.map((m) => m.id);
    const [votes, comments] = await Promise.all([voteCounts('annotation', ids), commentCounts('annotation', ids)]);
    yield marks.map((m) => ({
      id: m.id, kind: m.kind, category: m.category, text: m.text, author: m.authorName,
      createdAt: m.createdAt.toISOString(), updatedAt: m.updatedAt.toISOString(),
      supports: votes.get(m.id)?.supports ?? 0, opposes: votes.get(m.id)?.opposes ?? 0, comments: comments.get(m.id) ?? 0,
      layer: m.layer?.slug ?? null, featureId: m.layer ? m.featureId : null, scenario: m.scenario?.name ?? null,
      geometry: geometrySchema.parse(JSON.parse(m.geometry)),
    }));
  }
}

export async function* proposalPages(processId: string): AsyncGenerator<ProposalRow[]> {
  const pages = keyset((after) =>
    db.proposal.findMany({
      where: { processId, hiddenAt: null, status: { not: 'draft' }, id: { gt: after } },
      orderBy: { id: 'asc' },
      take: EXPORT_PAGE,
      include: { author: AUTHOR },
    }),
  );
  for await (const proposals of pages) {
    const ids = proposals.map((p) => p.id);
    const [votes, comments, answers] = await Promise.all([
      voteCounts('proposal', ids),
      commentCounts('proposal', ids),
      inChunks(ids, (chunk) => db.officialAnswer.findMany({ where: { proposalId: { in: chunk } }, orderBy: { createdAt: 'asc' }, select: { proposalId: true, body: true, createdAt: true } })),
    ]);
    const latest = new Map(answers.map((a) => [a.proposalId, a]));
    yield proposals.map((p) => ({
      id: p.id, title: p.title, body: p.body, category: p.category, status: p.status, author: authorName(p.author), publishedAt: iso(p.publishedAt),
      supports: votes.get(p.id)?.supports ?? 0, opposes: votes.get(p.id)?.opposes ?? 0, comments: comments.get(p.id) ?? 0,
      answeredAt: iso(latest.get(p.id)?.createdAt ?? null), answer: latest.get(p.id)?.body ?? null,
      geometry: p.geometry ? geometrySchema.parse(JSON.parse(p.geometry)) : null,
    }));
  }
}

/** The targets among `ids` that anyone may see: marks not hidden, proposals published and not hidden. */
async function visibleTargets(processId: string, comments: { targetType: string; targetId: string }[]): Promise<Set<string>> {
  const of = (type: string) => [...new Set(comments.filter((c) => c.targetType === type).map((c) => c.targetId))];
  const [marks, proposals] = await Promise.all([
    inChunks(of('annotation'), (chunk) => db.annotation.findMany({ where: { processId, id: { in: chunk }, hiddenAt: null }, select: { id: true } })),
    inChunks(of('proposal'), (chunk) => db.proposal.findMany({ where: { processId, id: { in: chunk }, hiddenAt: null, status: { not: 'draft' } }, select: { id: true } })),
  ]);
  return new Set([...marks.map((m) => `annotation:${m.id}`), ...proposals.map((p) => `proposal:${p.id}`)]);
}

export async function* commentPages(processId: string): AsyncGenerator<CommentRow[]> {
  const pages = keyset((after) =>
    db.comment.findMany({
      where: { processId, hiddenAt: null, deletedAt: null, id: { gt: after } },
      orderBy: { id: 'asc' },
      take: EXPORT_PAGE,
      include: { author: AUTHOR },
    }),
  );
  for await (const comments of pages) {
    const [visible, votes] = await Promise.all([visibleTargets(processId, comments), voteCounts('comment', comments.map((c) => c.id))]);
    const shown = comments.filter((c) => visible.has(`${c.targetType}:${c.targetId}`));
    if (shown.length === 0) continue;
    yield shown.map((c) => ({
      id: c.id, targetType: c.targetType, targetId: c.targetId, parentId: c.parentId, author: authorName(c.author), body: c.body,
      createdAt: c.createdAt.toISOString(), editedAt: iso(c.editedAt), supports: votes.get(c.id)?.supports ?? 0, opposes: votes.get(c.id)?.opposes ?? 0,
    }));
  }
}
