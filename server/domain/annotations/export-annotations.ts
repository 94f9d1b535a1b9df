// Every visible annotation of a process with its comment and vote counts, as GeoJSON or CSV.
import { toCsv } from '@/lib/csv';
import { geometrySchema } from '@/lib/geo/geometry';
import { representativePoint } from '@/lib/geo/representative-point';
import { db } from '@/server/db';

import { processVoteCounts } from '../votes/vote-counts';

export type AnnotationExportRow = Awaited<ReturnType<typeof loadVisibleAnnotations>>[number];

export async function loadVisibleAnnotations(processId: string) {
  const annotations = await db.annotation.findMany({
    where: { processId, hiddenAt: null },
    orderBy: { createdAt: 'asc' },
    include: { layer: { select: { slug: true } }, scenario: { select: { name: true } } },
  });
  // Counts keyed by the process, so the query stays the same size however many marks there are.
  const [comments, votes] = await Promise.all([
    db.comment.groupBy({ by: ['targetId'], where: { processId, targetType: 'annotation', deletedAt: null, hiddenAt: null }, _count: { _all: true } }),
    processVoteCounts(processId, 'annotation'),
  ]);
  const commentCount = new Map(comments.map((c) => [c.targetId, c._count._all]));
  return annotations.map((a) => ({
    id: a.id,
    kind: a.kind,
    category: a.category,
    text: a.text,
    authorName: a.authorName,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    geometry: geometrySchema.parse(JSON.parse(a.geometry)),
    supports: votes.get(a.id)?.supports ?? 0,
    opposes: votes.get(a.id)?.opposes ?? 0,
    comments: commentCount.get(a.id) ?? 0,
    layer: a.layer?.slug ?? null,
    featureId: a.layer ? a.featureId : null,
    scenario: a.scenario?.name ?? null,
  }));
}

export function toGeoJson(rows: AnnotationExportRow[]) {
  return {
    type: 'FeatureCollection' as const,
    features: rows.map(({ geometry, id, ...properties }) => ({ type: 'Feature' as const, id, geometry, properties: { id, ...properties } })),
  };
}

export function toAnnotationCsv(rows: AnnotationExportRow[]): string {
  return toCsv(
    ['id', 'kind', 'category', 'text', 'author', 'created_at', 'updated_at', 'supports', 'opposes', 'comments', 'layer', 'feature_id', 'scenario', 'longitude', 'latitude', 'geometry'],
    rows.map((row) => {
      const [longitude, latitude] = representativePoint(row.geometry);
      return [row.id, row.kind, row.category, row.text, row.authorName, row.createdAt, row.updatedAt, row.supports, row.opposes, row.comments, row.layer ?? '', row.featureId ?? '', row.scenario ?? '', longitude, latitude, JSON.stringify(row.geometry)];
    }),
  );
}
