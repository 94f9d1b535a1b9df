// Point marks in a big room are drawn as clusters at low zoom, each with its count; a small room's
// marks are always drawn one by one (so a handful of nearby marks never hide behind a number).
import type { LayerSpecification } from 'maplibre-gl';

/** From this many point marks on, points are clustered below CLUSTER_MAX_ZOOM. */
export const CLUSTER_FROM = 500;
export const CLUSTER_MAX_ZOOM = 15;
export const CLUSTER_RADIUS = 40;

export const clusterMarks = (pointCount: number) => pointCount >= CLUSTER_FROM;

export const IS_CLUSTER = ['has', 'point_count'] as const;
export const NOT_CLUSTER = ['!', ['has', 'point_count']] as const;

/** A dark disc growing with its count, the count in white on it (contrast well above AA). */
export function clusterLayers(source: string): LayerSpecification[] {
  return [
    {
      id: 'annotation-clusters',
      type: 'circle',
      source,
      filter: IS_CLUSTER as never,
      paint: {
        'circle-color': '#1d3557',
        'circle-opacity': 0.9,
        'circle-radius': ['step', ['get', 'point_count'], 14, 50, 18, 500, 23, 5000, 28] as never,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'annotation-cluster-count',
      type: 'symbol',
      source,
      filter: IS_CLUSTER as never,
      layout: { 'text-field': ['get', 'point_count_abbreviated'] as never, 'text-font': ['Noto Sans Bold'], 'text-size': 13, 'text-allow-overlap': true, 'text-ignore-placement': true },
      paint: { 'text-color': '#ffffff' },
    },
  ];
}
