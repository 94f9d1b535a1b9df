import { db } from '@/server/db';
import { isPublicProcess } from '@/lib/policy/decide';

/** One gzipped vector tile of an uploaded layer of a public process, or null where the layer has no features. */
export async function getLayerTile(layerId: string, z: number, x: number, y: number): Promise<Uint8Array | null> {
  const tile = await db.layerTile.findUnique({
    where: { layerId_z_x_y: { layerId, z, x, y } },
    select: { data: true, layer: { select: { process: { select: { status: true } } } } },
  });
  if (!tile || !isPublicProcess(tile.layer.process.status)) return null;
  return tile.data;
}
