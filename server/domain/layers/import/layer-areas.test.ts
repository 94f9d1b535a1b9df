import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';

import { layerAreas, MAX_LAYER_AREAS, thinRings } from './layer-areas';

const square = (w: number, s: number, size: number) => [[w, s], [w + size, s], [w + size, s + size], [w, s + size], [w, s]];
const feature = (id: number, geometry: Feature['geometry'], properties: Record<string, unknown> = {}): Feature => ({ type: 'Feature', id, geometry, properties });

describe('layer areas', () => {
  it('keeps each polygon with its name and bounds, a multipolygon by its largest part, and skips other shapes', () => {
    const areas = layerAreas([
      feature(0, { type: 'Polygon', coordinates: [square(0, 0, 1)] }, { name: 'North ward' }),
      feature(1, { type: 'LineString', coordinates: [[0, 0], [1, 1]] }),
      feature(2, { type: 'MultiPolygon', coordinates: [[square(5, 5, 1)], [square(10, 10, 3)]] }),
    ]);
    expect(areas).toEqual([
      { featureId: '0', name: 'North ward', rings: [square(0, 0, 1)], west: 0, south: 0, east: 1, north: 1 },
      { featureId: '2', name: '#2', rings: [square(10, 10, 3)], west: 10, south: 10, east: 13, north: 13 },
    ]);
  });

  it('keeps none past the limit of areas', () => {
    const many = Array.from({ length: MAX_LAYER_AREAS + 1 }, (_, i) => feature(i, { type: 'Polygon', coordinates: [square(i, 0, 1)] }));
    expect(layerAreas(many)).toEqual([]);
    expect(layerAreas(many.slice(1))).toHaveLength(MAX_LAYER_AREAS);
  });

  it('thins an outline to the corner limit and keeps it closed', () => {
    const circle = Array.from({ length: 1200 }, (_, i) => [Math.cos((i / 1200) * 2 * Math.PI), Math.sin((i / 1200) * 2 * Math.PI)]);
    const [ring] = thinRings([[...circle, circle[0]]], 500);
    expect(ring.length).toBeLessThanOrEqual(501);
    expect(ring.at(-1)).toEqual(ring[0]);
  });
});
