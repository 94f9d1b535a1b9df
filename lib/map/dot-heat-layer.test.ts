import { describe, expect, it } from 'vitest';

import { dotHeatFeatures } from './dot-heat-layer';

describe('the dot heat map', () => {
  it('weighs each placed item against the most dotted one and leaves out items without a place', () => {
    const features = dotHeatFeatures([
      { itemType: 'mark', itemId: 'a', dots: 4, position: [1, 2] },
      { itemType: 'proposal', itemId: 'b', dots: 1, position: [3, 4] },
      { itemType: 'feature', itemId: '7', layerId: 'roads', dots: 2, position: null },
    ]).features;
    expect(features.map((feature) => [feature.properties?.itemId, feature.properties?.weight, feature.geometry.coordinates])).toEqual([
      ['a', 1, [1, 2]],
      ['b', 0.25, [3, 4]],
    ]);
  });
});
