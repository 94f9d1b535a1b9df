import type { Geometry, Position } from './geometry';

/** A point to place a label or a CSV row: the point itself, a line's middle vertex, an area's vertex average. */
export function representativePoint(geometry: Geometry): Position {
  if (geometry.type === 'Point') return geometry.coordinates;
  if (geometry.type === 'LineString') return geometry.coordinates[Math.floor(geometry.coordinates.length / 2)];
  const ring = geometry.coordinates[0].slice(0, -1);
  const sum = ring.reduce(([x, y], [px, py]) => [x + px, y + py], [0, 0]);
  return [sum[0] / ring.length, sum[1] / ring.length];
}
