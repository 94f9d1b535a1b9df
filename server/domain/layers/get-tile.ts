import { db } from '@/server/db';
import { PUBLIC_STATUSES } from '@/server/domain/processes/get-process';

/** One gzipped vector tile of an uploaded layer of a public process, or null where the layer has no features. */
export async function getLayerTile(layerId: string, z: number, x: number, y: number): Promise<Uint8Array | null> {
  const tile = await db.layerTile.findUnique({
    where: { layerId_z_x_y: { layerId, z, x, y } },
    select: { data: true, layer: { select: { process: { select: { status: true } } } } },
  });
  if (!tile || !PUBLIC_STATUSES.includes(tile.layer.process.status)) return null;
  return tile.data;
}
