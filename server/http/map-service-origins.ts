// The outside map services an admin registered (XYZ, WMS, WMTS, vector tiles, PMTiles): browsers
// fetch them directly, so the pages' Content-Security-Policy must name their origins.
import { db } from '@/server/db';

/** The origin of a tile address as stored (placeholders such as {z} or {bbox-epsg-3857}, `pmtiles://`). */
export function originOfTileAddress(address: string): string | null {
  try {
    const url = new URL(address.replace(/^pmtiles:\/\//, '').replaceAll(/\{[^}]*\}/g, '0'));
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** One small indexed read per page: a service registered a second ago is allowed on the next page load. */
export async function mapServiceOrigins(): Promise<string[]> {
  const layers = await db.layer.findMany({ where: { sourceType: { not: 'upload' } }, select: { sourceUrl: true }, distinct: ['sourceUrl'] });
  const origins = layers.map((layer) => originOfTileAddress(layer.sourceUrl)).filter((origin): origin is string => origin !== null);
  return [...new Set(origins)];
}
