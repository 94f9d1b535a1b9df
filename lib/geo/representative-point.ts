import pointOnFeature from '@turf/point-on-feature';

import type { Geometry, Position } from './geometry';

/** A point to place a label or a CSV row: the point itself, a line's middle vertex, a point inside (or on the edge of) an area. */
export function representativePoint(geometry: Geometry): Position {
  if (geometry.type === 'Point') return geometry.coordinates;
  if (geometry.type === 'LineString') return geometry.coordinates[Math.floor(geometry.coordinates.length / 2)];
  const [x, y] = pointOnFeature({ type: 'Feature', properties: {}, geometry }).geometry.coordinates;
  return [x, y];
}
