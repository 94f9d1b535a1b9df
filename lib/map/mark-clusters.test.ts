import { describe, expect, it } from 'vitest';

import { CLUSTER_FROM, clusterLayers, clusterMarks } from './mark-clusters';

describe('clustering point marks', () => {
  it('clusters only a big room’s points', () => {
    expect(clusterMarks(32)).toBe(false);
    expect(clusterMarks(CLUSTER_FROM - 1)).toBe(false);
    expect(clusterMarks(20_000)).toBe(true);
  });

  it('draws each cluster with its count', () => {
    const [disc, count] = clusterLayers('marks');
    expect(disc).toMatchObject({ type: 'circle', source: 'marks', filter: ['has', 'point_count'] });
    expect(count).toMatchObject({ type: 'symbol', layout: { 'text-field': ['get', 'point_count_abbreviated'] } });
  });
});
