// Private marks on the map of their author (and of the facilitators): drawn apart from the shared
// marks, dashed and hollow, so a private mark never looks like one everyone sees.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';

import type { Annotation } from '@/lib/collab/annotation';

export const PRIVATE_MARKS_SOURCE = 'private-marks';
const LAYERS = ['private-marks-fill', 'private-marks-line', 'private-marks-point'] as const;
const INK = '#4b2991';

export function privateMarkFeatures(marks: readonly Annotation[]): GeoJSON.FeatureCollection {
  return { type: 'FeatureCollection', features: marks.map((mark) => ({ type: 'Feature', id: mark.id, properties: { id: mark.id, category: mark.category }, geometry: mark.geometry })) };
}

export function showPrivateMarks(map: MapLibreMap, marks: readonly Annotation[]): void {
  const data = privateMarkFeatures(marks);
  const source = map.getSource<GeoJSONSource>(PRIVATE_MARKS_SOURCE);
  if (source) return void source.setData(data);
  map.addSource(PRIVATE_MARKS_SOURCE, { type: 'geojson', data });
  map.addLayer({ id: 'private-marks-fill', type: 'fill', source: PRIVATE_MARKS_SOURCE, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': INK, 'fill-opacity': 0.08 } });
  map.addLayer({ id: 'private-marks-line', type: 'line', source: PRIVATE_MARKS_SOURCE, filter: ['!=', ['geometry-type'], 'Point'], paint: { 'line-color': INK, 'line-width': 3, 'line-dasharray': [2, 1.5] } });
  map.addLayer({ id: 'private-marks-point', type: 'circle', source: PRIVATE_MARKS_SOURCE, filter: ['==', ['geometry-type'], 'Point'], paint: { 'circle-radius': 8, 'circle-color': '#ffffff', 'circle-stroke-color': INK, 'circle-stroke-width': 3 } });
}

export function removePrivateMarks(map: MapLibreMap): void {
  for (const id of LAYERS) if (map.getLayer(id)) map.removeLayer(id);
  if (map.getSource(PRIVATE_MARKS_SOURCE)) map.removeSource(PRIVATE_MARKS_SOURCE);
}
