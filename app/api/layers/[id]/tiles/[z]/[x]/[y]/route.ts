import { gunzipSync } from 'fflate';

import { viewingSubject } from '@/server/auth/actor';
import { getLayerTile } from '@/server/domain/layers/get-tile';
import { handleRoute } from '@/server/http/app-error';

type Context = { params: Promise<{ id: string; z: string; x: string; y: string }> };

const int = (value: string) => (/^\d{1,7}$/.test(value) ? Number(value) : -1);

/** A vector tile of an uploaded layer; 204 (an empty tile to MapLibre) where there is nothing to draw. */
export async function GET(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const { id, z, x, y } = await params;
    const [zoom, column, row] = [int(z), int(x), int(y.replace(/\.pbf$/, ''))];
    const tile = zoom < 0 || column < 0 || row < 0 || id.length > 64 ? null : await getLayerTile(id, zoom, column, row, viewingSubject);
    if (!tile) return new Response(null, { status: 204, headers: { 'cache-control': 'public, max-age=60' } });
    // Stored gzipped; Next.js drops a route's own content-encoding header, so tiles leave unpacked.
    return new Response(Buffer.from(gunzipSync(tile.data)), { headers: { 'content-type': 'application/vnd.mapbox-vector-tile', 'cache-control': tile.private ? 'private, no-store' : 'public, max-age=60' } });
  });
}
