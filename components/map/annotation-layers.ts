'use client';

// Draws the shared map's annotations in their own source, updated by diff, coloured by category
// and marked with the category's symbol so colour is never the only cue.
import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import { useEffect, useRef } from 'react';

import type { Annotation } from '@/lib/collab/annotation';
import { diffAnnotations, isEmptyDiff } from '@/lib/map/annotation-features';
import type { Category } from '@/lib/schemas/process';

export const ANNOTATION_SOURCE = 'annotations';
export const ANNOTATION_LAYERS = ['annotations-fill', 'annotations-line', 'annotations-point'];

function categoryExpression(categories: Category[], field: 'color' | 'symbol', fallback: string) {
  return ['match', ['get', 'category'], ...categories.flatMap((c) => [c.id, c[field]]), fallback] as never;
}

function addLayers(map: MapLibreMap, categories: Category[]) {
  map.addSource(ANNOTATION_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' });
  const color = categoryExpression(categories, 'color', '#555555');
  const selected = ['boolean', ['feature-state', 'selected'], false] as never;
  // Hidden marks (shown to moderators only) are faded, so they read as "not public".
  const hidden = ['boolean', ['feature-state', 'hidden'], false] as never;
  const faded = (value: number) => ['case', hidden, 0.35, value] as never;
  map.addLayer({ id: 'annotations-fill', type: 'fill', source: ANNOTATION_SOURCE, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': color, 'fill-opacity': ['case', selected, 0.45, hidden, 0.08, 0.25] as never } });
  map.addLayer({
    id: 'annotations-line',
    type: 'line',
    source: ANNOTATION_SOURCE,
    filter: ['in', ['geometry-type'], ['literal', ['Polygon', 'LineString']]],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': color, 'line-width': ['case', selected, 6, 3.5] as never, 'line-opacity': faded(1) },
  });
  map.addLayer({
    id: 'annotations-point',
    type: 'circle',
    source: ANNOTATION_SOURCE,
    filter: ['==', ['geometry-type'], 'Point'],
    paint: { 'circle-color': color, 'circle-radius': ['case', selected, 13, 10] as never, 'circle-stroke-color': ['case', selected, '#1d1b18', '#ffffff'] as never, 'circle-stroke-width': 2.5, 'circle-opacity': faded(1), 'circle-stroke-opacity': faded(1) },
  });
  map.addLayer({
    id: 'annotations-symbol',
    type: 'symbol',
    source: ANNOTATION_SOURCE,
    filter: ['==', ['geometry-type'], 'Point'],
    layout: { 'text-field': categoryExpression(categories, 'symbol', '•'), 'text-font': ['Noto Sans Bold'], 'text-size': 14, 'text-allow-overlap': true, 'text-ignore-placement': true },
    paint: { 'text-color': '#ffffff', 'text-opacity': faded(1) },
  });
}

type Options = {
  map: MapLibreMap | null;
  annotations: Annotation[];
  categories: Category[];
  selectedId: string | null;
  /** Marks a moderator hid, drawn faded (only moderators receive them). */
  hiddenIds?: ReadonlySet<string>;
  /** Clicks select marks only when no drawing tool is active. */
  selectable: boolean;
  onSelect: (id: string) => void;
};

export function useAnnotationLayers({ map, annotations, categories, selectedId, hiddenIds, selectable, onSelect }: Options) {
  const index = useRef(new Map<string, number>());
  const selectRef = useRef({ selectable, onSelect });
  selectRef.current = { selectable, onSelect };

  useEffect(() => {
    if (!map) return;
    addLayers(map, categories);
    index.current = new Map();
    const click = (event: MapLayerMouseEvent) => {
      const id = event.features?.[0]?.properties?.id;
      if (selectRef.current.selectable && typeof id === 'string') selectRef.current.onSelect(id);
    };
    const hover = () => selectRef.current.selectable && (map.getCanvas().style.cursor = 'pointer');
    const leave = () => (map.getCanvas().style.cursor = '');
    for (const layer of ANNOTATION_LAYERS) {
      map.on('click', layer, click);
      map.on('mouseenter', layer, hover);
      map.on('mouseleave', layer, leave);
    }
    return () => {
      for (const layer of ANNOTATION_LAYERS) {
        map.off('click', layer, click);
        map.off('mouseenter', layer, hover);
        map.off('mouseleave', layer, leave);
      }
    };
  }, [map, categories]);

  useEffect(() => {
    const source = map?.getSource<GeoJSONSource>(ANNOTATION_SOURCE);
    if (!map || !source) return;
    const { diff, index: next } = diffAnnotations(index.current, annotations);
    index.current = next;
    if (!isEmptyDiff(diff)) void source.updateData(diff as never);
  }, [map, annotations]);

  useEffect(() => {
    if (!map || !selectedId || !map.getSource(ANNOTATION_SOURCE)) return;
    map.setFeatureState({ source: ANNOTATION_SOURCE, id: selectedId }, { selected: true });
    return () => {
      if (map.getSource(ANNOTATION_SOURCE)) map.setFeatureState({ source: ANNOTATION_SOURCE, id: selectedId }, { selected: false });
    };
  }, [map, selectedId, annotations]);

  useEffect(() => {
    if (!map || !hiddenIds?.size || !map.getSource(ANNOTATION_SOURCE)) return;
    for (const id of hiddenIds) map.setFeatureState({ source: ANNOTATION_SOURCE, id }, { hidden: true });
    return () => {
      if (!map.getSource(ANNOTATION_SOURCE)) return;
      for (const id of hiddenIds) map.setFeatureState({ source: ANNOTATION_SOURCE, id }, { hidden: false });
    };
  }, [map, hiddenIds, annotations]);
}
