// The districts of a process: the areas of the layer an admin marked as its districts. Importing this module
// lets `district=<featureId>` in a review filter resolve to that area's polygon.
import { db } from '@/server/db';

import { setDistrictResolver, type AreaRings } from './review-filter';

export type District = { featureId: string; name: string; rings: AreaRings };

/** The process's districts in their layer's order, or none when no layer is marked. */
export async function listDistricts(processId: string): Promise<District[]> {
  const layer = await db.layer.findFirst({ where: { processId, districts: true }, select: { id: true } });
  if (!layer) return [];
  const areas = await db.layerArea.findMany({ where: { layerId: layer.id }, select: { featureId: true, name: true, rings: true } });
  return areas
    .map((area) => ({ featureId: area.featureId, name: area.name, rings: JSON.parse(area.rings) as AreaRings }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.featureId.localeCompare(b.featureId));
}

export async function districtRings(processId: string, featureId: string): Promise<AreaRings | null> {
  const area = await db.layerArea.findFirst({ where: { featureId, layer: { processId, districts: true } }, select: { rings: true } });
  return area ? (JSON.parse(area.rings) as AreaRings) : null;
}

setDistrictResolver(districtRings);
