import { isPublicProcess, mayOpenProcess, type ProcessStatus } from '@/lib/policy/decide';
import type { Viewer } from '@/lib/policy/subject';
import { db } from '@/server/db';

export type LayerTile = { data: Uint8Array; /** A draft process's tile: for staff, never kept by shared caches. */ private: boolean };

/**
 * One gzipped vector tile of an uploaded layer, or null where the layer has no features or the
 * reader may not see its process. `viewer` is asked only for a draft's tiles (staff see those).
 */
export async function getLayerTile(layerId: string, z: number, x: number, y: number, viewer: () => Promise<Viewer>): Promise<LayerTile | null> {
  const tile = await db.layerTile.findUnique({
    where: { layerId_z_x_y: { layerId, z, x, y } },
    select: { data: true, layer: { select: { process: { select: { id: true, status: true } } } } },
  });
  if (!tile) return null;
  const { process } = tile.layer;
  if (isPublicProcess(process.status)) return { data: tile.data, private: false };
  return mayOpenProcess(await viewer(), { id: process.id, status: process.status as ProcessStatus }) ? { data: tile.data, private: true } : null;
}
