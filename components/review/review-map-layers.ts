// The review map's own layers: contributions per cell as a heat map or as clusters (summing the
// cells' counts), and the chosen area's outline.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';

import type { PlaceCell } from '@/server/review/review-places';

import type { ReviewSelection } from './review-query';

export const CELLS = 'review-cells';
export const AREA = 'review-area';
export type MapMode = 'heat' | 'clusters';
const HEAT = ['review-heat'];
const CLUSTERS = ['review-clusters', 'review-cluster-count'];
const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

export function addReviewLayers(map: MapLibreMap) {
  map.addSource(CELLS, { type: 'geojson', data: EMPTY, cluster: true, clusterRadius: 50, clusterMaxZoom: 18, clusterProperties: { count: ['+', ['get', 'count']] } });
  map.addSource(AREA, { type: 'geojson', data: EMPTY });
  map.addLayer({
    id: 'review-heat', type: 'heatmap', source: CELLS,
    paint: { 'heatmap-weight': ['interpolate', ['linear'], ['get', 'count'], 0, 0, 20, 1] as never, 'heatmap-radius': ['interpolate', ['linear'], ['zoom'], 12, 14, 17, 40] as never, 'heatmap-opacity': 0.75 },
  });
  map.addLayer({
    id: 'review-clusters', type: 'circle', source: CELLS,
    paint: { 'circle-color': '#1d3557', 'circle-opacity': 0.85, 'circle-radius': ['step', ['get', 'count'], 12, 10, 16, 100, 21, 1000, 27] as never, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
  });
  map.addLayer({
    id: 'review-cluster-count', type: 'symbol', source: CELLS,
    layout: { 'text-field': ['to-string', ['get', 'count']] as never, 'text-font': ['Noto Sans Bold'], 'text-size': 12, 'text-allow-overlap': true },
    paint: { 'text-color': '#ffffff' },
  });
  map.addLayer({ id: 'review-area-fill', type: 'fill', source: AREA, paint: { 'fill-color': '#d9822b', 'fill-opacity': 0.12 } });
  map.addLayer({ id: 'review-area-line', type: 'line', source: AREA, paint: { 'line-color': '#b5651d', 'line-width': 3 } });
}

export function showCells(map: MapLibreMap, cells: PlaceCell[]) {
  map.getSource<GeoJSONSource>(CELLS)?.setData({
    type: 'FeatureCollection',
    features: cells.map((c) => ({ type: 'Feature', properties: { count: c.count, category: c.category }, geometry: { type: 'Point', coordinates: [c.lon, c.lat] } })),
  });
}

export function showArea(map: MapLibreMap, area: ReviewSelection['area']) {
  map.getSource<GeoJSONSource>(AREA)?.setData(area ? { type: 'Feature', properties: {}, geometry: area } : EMPTY);
}

export function showMode(map: MapLibreMap, mode: MapMode) {
  for (const id of HEAT) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', mode === 'heat' ? 'visible' : 'none');
  for (const id of CLUSTERS) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', mode === 'clusters' ? 'visible' : 'none');
}
