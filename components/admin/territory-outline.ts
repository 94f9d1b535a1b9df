// A drawn territory: corners clicked on the map become a rectangle (two corners) or an outline
// (three or more), with the bounds that hold it. Plain functions, tested without a map.
import type { Bounds, Territory } from '@/lib/schemas/process';

export type Corner = [number, number];
const round = (value: number) => Math.round(value * 1e6) / 1e6;

export function boundsOf(corners: readonly Corner[]): Bounds {
  const lons = corners.map(([lon]) => lon);
  const lats = corners.map(([, lat]) => lat);
  return [round(Math.min(...lons)), round(Math.min(...lats)), round(Math.max(...lons)), round(Math.max(...lats))];
}

/** Two corners: the rectangle between them (no outline needed). Three or more: the closed outline. */
export function territoryOf(corners: readonly Corner[]): { bounds: Bounds; territory: Territory | null } | null {
  if (corners.length < 2) return null;
  const bounds = boundsOf(corners);
  if (bounds[0] === bounds[2] || bounds[1] === bounds[3]) return null;
  if (corners.length === 2) return { bounds, territory: null };
  const ring = corners.map(([lon, lat]) => [round(lon), round(lat)] as [number, number]);
  return { bounds, territory: { type: 'Polygon', coordinates: [[...ring, ring[0]]] } };
}

/** The outline to draw for what is on the form: the territory, else the bounds' rectangle. */
export function outlineOf(bounds: readonly number[], territory: Territory | null): [number, number][] | null {
  if (territory) return territory.coordinates[0];
  const [w, s, e, n] = bounds;
  if (![w, s, e, n].every(Number.isFinite) || w >= e || s >= n) return null;
  return [[w, s], [e, s], [e, n], [w, n], [w, s]];
}
