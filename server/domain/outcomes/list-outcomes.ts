// "You said, we did": a process's answered proposals, latest answer first, a page at a time, each
// with its answer and the layers shown with it. Hidden and draft proposals never appear.
import { geometrySchema, type Geometry } from '@/lib/geo/geometry';
import type { LayerView } from '@/lib/schemas/layer';
import { db } from '@/server/db';

export const OUTCOME_PAGE = 20;

export type Outcome = {
  id: string;
  title: string;
  category: string;
  status: string;
  geometry: Geometry | null;
  answer: { body: string; status: string; createdAt: string };
  /** Ids of the layers shown with the answer (the process's default layers for older answers). */
  layerIds: string[];
};
export type OutcomePage = { outcomes: Outcome[]; total: number; page: number; pages: number };

/** Ids of the layers shown with an answer: as recorded, else the layers the process shows by default. */
export function answerLayerIds(recorded: string | null, layers: Pick<LayerView, 'id' | 'visibleByDefault'>[]): string[] {
  const known = new Set(layers.map((l) => l.id));
  if (recorded === null) return layers.filter((l) => l.visibleByDefault).map((l) => l.id);
  const ids: unknown = JSON.parse(recorded);
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string' && known.has(id)) : [];
}

export async function listOutcomes(processId: string, layers: Pick<LayerView, 'id' | 'visibleByDefault'>[], page = 1, size = OUTCOME_PAGE): Promise<OutcomePage> {
  const visible = { processId, hiddenAt: null, status: { not: 'draft' }, answers: { some: {} } };
  const total = await db.proposal.count({ where: visible });
  const pages = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(1, page), pages);
  // Ordered by each proposal's latest answer, in the database: one grouped query per page.
  const ranked = await db.$queryRaw<{ id: string }[]>`
    SELECT p."id" AS id FROM "Proposal" p JOIN "OfficialAnswer" a ON a."proposalId" = p."id"
    WHERE p."processId" = ${processId} AND p."hiddenAt" IS NULL AND p."status" <> 'draft'
    GROUP BY p."id" ORDER BY MAX(a."createdAt") DESC, p."id" DESC
    LIMIT ${size} OFFSET ${(current - 1) * size}`;
  const ids = ranked.map((r) => r.id);
  const rows = await db.proposal.findMany({
    where: { id: { in: ids } },
    select: { id: true, title: true, category: true, status: true, geometry: true, answers: { orderBy: { createdAt: 'desc' }, take: 1, select: { body: true, status: true, createdAt: true, layerIds: true } } },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const outcomes = ids.flatMap((id) => {
    const row = byId.get(id);
    const answer = row?.answers[0];
    if (!row || !answer) return [];
    return [{
      id: row.id, title: row.title, category: row.category, status: row.status,
      geometry: row.geometry ? geometrySchema.parse(JSON.parse(row.geometry)) : null,
      answer: { body: answer.body, status: answer.status, createdAt: answer.createdAt.toISOString() },
      layerIds: answerLayerIds(answer.layerIds, layers),
    }];
  });
  return { outcomes, total, page: current, pages };
}
