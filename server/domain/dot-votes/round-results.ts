// A round's counts, grouped in the database, and where each counted item lies for the heat map:
// marks and proposals from their rows, a layer's feature from its stored area; never from a client.
// The snapshot keeps each item's name too, so the summary names it after the map has moved on.
import { representativePoint } from '@/lib/geo/representative-point';
import type { Geometry } from '@/lib/geo/geometry';
import { shortLabel } from '@/lib/live/dot-item-label';
import { rankResults, type DotItemType, type DotResult, type RevealedResult } from '@/lib/live/dot-round';
import { inChunks } from '@/server/database/in-chunks';
import { db } from '@/server/db';

export async function countDots(roundId: string): Promise<DotResult[]> {
  const groups = await db.dot.groupBy({ by: ['itemType', 'itemId', 'layerId'], where: { roundId }, _count: { _all: true } });
  return rankResults(groups.map((group) => ({ itemType: group.itemType as DotItemType, itemId: group.itemId, ...(group.layerId ? { layerId: group.layerId } : {}), dots: group._count._all })));
}

function pointOf(geometry: string | null): [number, number] | null {
  if (!geometry) return null;
  try {
    const [x, y] = representativePoint(JSON.parse(geometry) as Geometry);
    return [x, y];
  } catch {
    return null;
  }
}

function areaPoint(rings: string): [number, number] | null {
  try {
    return pointOf(JSON.stringify({ type: 'Polygon', coordinates: JSON.parse(rings) }));
  } catch {
    return null;
  }
}

/** The results with each item's place, looked up in bounded chunks. */
export async function placeResults(processId: string, results: DotResult[]): Promise<RevealedResult[]> {
  const ids = (type: DotItemType) => results.filter((result) => result.itemType === type).map((result) => result.itemId);
  const [marks, proposals] = await Promise.all([
    inChunks(ids('mark'), (chunk) => db.annotation.findMany({ where: { processId, id: { in: chunk } }, select: { id: true, geometry: true, text: true } })),
    inChunks(ids('proposal'), (chunk) => db.proposal.findMany({ where: { processId, id: { in: chunk } }, select: { id: true, geometry: true, title: true } })),
  ]);
  const features = results.filter((result) => result.itemType === 'feature');
  const areas = await inChunks(features, (chunk) =>
    db.layerArea.findMany({ where: { layer: { processId }, OR: chunk.map((result) => ({ layerId: result.layerId!, featureId: result.itemId })) }, select: { layerId: true, featureId: true, rings: true, name: true } }),
    200,
  );
  type Place = { position: [number, number] | null; label: string | null };
  const places = new Map<string, Place>([
    ...marks.map((row) => [`mark:${row.id}`, { position: pointOf(row.geometry), label: shortLabel(row.text) }] as const),
    ...proposals.map((row) => [`proposal:${row.id}`, { position: pointOf(row.geometry), label: shortLabel(row.title) }] as const),
    ...areas.map((row) => [`feature:${row.layerId}:${row.featureId}`, { position: areaPoint(row.rings), label: shortLabel(row.name) }] as const),
  ]);
  return results.map((result) => {
    const key = result.itemType === 'feature' ? `feature:${result.layerId}:${result.itemId}` : `${result.itemType}:${result.itemId}`;
    const place = places.get(key);
    return { ...result, position: place?.position ?? null, ...(place?.label ? { label: place.label } : {}) };
  });
}
