// Links that open a process's map at a place: `/p/<slug>?at=<lng>,<lat>` (and `&mark=<id>` for a mark there).
import type { Geometry, Position } from '@/lib/geo/geometry';
import { representativePoint } from '@/lib/geo/representative-point';

const round = (n: number) => Number(n.toFixed(6));

/** The map of the process, centred on the place (a point on an area, a line's middle). */
export function mapLink(slug: string, geometry: Geometry, markId?: string, layerIds?: string[]): string {
  const [lng, lat] = representativePoint(geometry);
  const query = new URLSearchParams({ at: `${round(lng)},${round(lat)}`, ...(markId ? { mark: markId } : {}), ...(layerIds ? { layers: layerIds.join(',') } : {}) });
  return `/p/${encodeURIComponent(slug)}?${query.toString().replaceAll('%2C', ',')}`;
}

/** The layer ids a `layers` parameter names (an empty list: no layer), or null when there is none. */
export function parseLayers(value: string | null): string[] | null {
  if (value === null) return null;
  return value.split(',').filter((id) => /^[\w-]{1,64}$/.test(id)).slice(0, 100);
}

/** The place an `at` parameter names, or null when it names none. */
export function parseAt(value: string | null): Position | null {
  const match = value?.match(/^(-?\d{1,3}(?:\.\d+)?),(-?\d{1,2}(?:\.\d+)?)$/);
  if (!match) return null;
  const [lng, lat] = [Number(match[1]), Number(match[2])];
  return Math.abs(lng) <= 180 && Math.abs(lat) <= 90 ? [lng, lat] : null;
}
