import { describe, expect, it } from 'vitest';

import { cornersOf, draftFeatures, geometryFromCorners, withCorner } from './draft-features';

const corners: [number, number][] = [[0, 0], [1, 0], [1, 1]];

describe('drawing geometry', () => {
  it('makes a geometry only once there are enough corners', () => {
    expect(geometryFromCorners('line', [[0, 0]])).toBeNull();
    expect(geometryFromCorners('polygon', corners.slice(0, 2))).toBeNull();
    expect(geometryFromCorners('polygon', corners)).toEqual({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] });
    expect(geometryFromCorners('point', [[3, 4]])).toEqual({ type: 'Point', coordinates: [3, 4] });
  });

  it('moves a corner of an area and keeps the ring closed', () => {
    const area = geometryFromCorners('polygon', corners)!;
    expect(cornersOf(area)).toEqual(corners);
    expect(withCorner(area, 0, [5, 5])).toEqual({ type: 'Polygon', coordinates: [[[5, 5], [1, 0], [1, 1], [5, 5]]] });
  });

  it('draws the outline through the pointer while drawing', () => {
    const features = draftFeatures('line', [[0, 0]], [2, 2]).features;
    expect(features[0]).toMatchObject({ geometry: { type: 'LineString', coordinates: [[0, 0], [2, 2]] }, properties: { role: 'outline' } });
    expect(features.filter((f) => f.properties.role === 'corner')).toHaveLength(1);
  });
});
