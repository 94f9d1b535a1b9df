// The areas of a process's layers that can become its territory: an admin picks a layer and one of
// its areas (LayerArea, kept whole at import), and the process takes that area's outline and bounds.
import { decideInstallation } from '@/lib/policy/decide';
import type { Viewer } from '@/lib/policy/subject';
import type { Bounds, Territory } from '@/lib/schemas/process';
import { enforce } from '@/server/auth/actor';
import { db } from '@/server/db';
import { AppError } from '@/server/http/app-error';

export type AreaLayer = { id: string; name: string; areas: { featureId: string; name: string }[] };

/** The process's layers that hold areas, each with its areas by name (an upload keeps at most 200). */
export async function listAreaLayers(subject: Viewer, processId: string): Promise<AreaLayer[]> {
  enforce(decideInstallation(subject, 'process.manage'));
  const layers = await db.layer.findMany({
    where: { processId, areas: { some: {} } },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, areas: { select: { featureId: true, name: true }, orderBy: [{ name: 'asc' }, { featureId: 'asc' }] } },
  });
  return layers;
}

/** One area's outline as a territory, with its bounds; 404 when the process has no such area. */
export async function territoryFromArea(subject: Viewer, slug: string, layerId: string, featureId: string): Promise<{ name: string; bounds: Bounds; territory: Territory }> {
  enforce(decideInstallation(subject, 'process.manage'));
  const area = await db.layerArea.findFirst({ where: { layerId, featureId, layer: { process: { slug } } } });
  if (!area) throw new AppError(404, 'not_found', 'This layer has no such area.');
  const [outer] = JSON.parse(area.rings) as [number, number][][];
  const [first, last] = [outer[0], outer.at(-1)!];
  const ring = first[0] === last[0] && first[1] === last[1] ? outer : [...outer, first];
  return { name: area.name, bounds: [area.west, area.south, area.east, area.north], territory: { type: 'Polygon', coordinates: [ring] } };
}
