// The heat map of a revealed dot-vote round: one point per item that has a place, weighted by its
// dots, with the count written on it so the heat is never read from colour alone.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';

import type { RevealedResult } from '@/lib/live/dot-round';

export const DOT_HEAT_SOURCE = 'dot-heat';
const LAYERS = ['dot-heat', 'dot-heat-count'] as const;

/** The revealed results as points (items without a known place are left out: they are in the ranking). */
export function dotHeatFeatures(results: readonly RevealedResult[]): GeoJSON.FeatureCollection<GeoJSON.Point> {
  const most = Math.max(1, ...results.map((result) => result.dots));
  return {
    type: 'FeatureCollection',
    features: results.flatMap((result) =>
      result.position && result.dots > 0
        ? [{ type: 'Feature' as const, properties: { dots: result.dots, weight: result.dots / most, itemType: result.itemType, itemId: result.itemId }, geometry: { type: 'Point' as const, coordinates: result.position } }]
        : [],
    ),
  };
}

/** Shows (or replaces) the heat map of these results on the map; an empty list takes it away. */
export function showDotHeat(map: MapLibreMap, results: readonly RevealedResult[]): void {
  const data = dotHeatFeatures(results);
  const source = map.getSource<GeoJSONSource>(DOT_HEAT_SOURCE);
  if (source) {
    source.setData(data);
    return;
  }
  map.addSource(DOT_HEAT_SOURCE, { type: 'geojson', data });
  map.addLayer({
    id: 'dot-heat',
    type: 'heatmap',
    source: DOT_HEAT_SOURCE,
    paint: {
      'heatmap-weight': ['get', 'weight'] as never,
      'heatmap-intensity': 1.2,
      'heatmap-radius': ['interpolate', ['linear'], ['zoom'], 10, 24, 17, 70] as never,
      'heatmap-opacity': 0.8,
    },
  });
  map.addLayer({
    id: 'dot-heat-count',
    type: 'symbol',
    source: DOT_HEAT_SOURCE,
    layout: { 'text-field': ['to-string', ['get', 'dots']] as never, 'text-font': ['Noto Sans Bold'], 'text-size': 14, 'text-allow-overlap': true },
    paint: { 'text-color': '#111111', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
  });
}

export function removeDotHeat(map: MapLibreMap): void {
  for (const id of LAYERS) if (map.getLayer(id)) map.removeLayer(id);
  if (map.getSource(DOT_HEAT_SOURCE)) map.removeSource(DOT_HEAT_SOURCE);
}
