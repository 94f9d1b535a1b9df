'use client';

// Draws the shared map's annotations in their own source, updated by diff, coloured by category
// and marked with the category's symbol so colour is never the only cue.
import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import { useEffect, useRef } from 'react';

import type { Annotation } from '@/lib/collab/annotation';
import { diffAnnotations, isEmptyDiff } from '@/lib/map/annotation-features';
import { CLUSTER_MAX_ZOOM, CLUSTER_RADIUS, clusterLayers, clusterMarks, NOT_CLUSTER } from '@/lib/map/mark-clusters';
import type { Category } from '@/lib/schemas/process';

import { addCategoryIcons, categoryIconLayout } from './category-icon-images';

export const ANNOTATION_SOURCE = 'annotations';
/** Point marks have a source of their own, clustered in a big room (lib/map/mark-clusters.ts). */
export const POINT_SOURCE = 'annotation-points';
const SOURCES = [ANNOTATION_SOURCE, POINT_SOURCE];
const CLUSTER_LAYER = 'annotation-clusters';
/** Clicks on these reach marks (a cluster has no id: a click on it zooms in instead of selecting). */
export const ANNOTATION_LAYERS = ['annotations-fill', 'annotations-line', 'annotations-point', CLUSTER_LAYER];

function categoryExpression(categories: Category[], field: 'color' | 'symbol', fallback: string) {
  return ['match', ['get', 'category'], ...categories.flatMap((c) => [c.id, c[field]]), fallback] as never;
}

function addLayers(map: MapLibreMap, categories: Category[]) {
  map.addSource(ANNOTATION_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' });
  map.addSource(POINT_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id', cluster: false, clusterRadius: CLUSTER_RADIUS, clusterMaxZoom: CLUSTER_MAX_ZOOM });
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
    source: POINT_SOURCE,
    filter: NOT_CLUSTER as never,
    paint: { 'circle-color': color, 'circle-radius': ['case', selected, 13, 10] as never, 'circle-stroke-color': ['case', selected, '#1d1b18', '#ffffff'] as never, 'circle-stroke-width': 2.5, 'circle-opacity': faded(1), 'circle-stroke-opacity': faded(1) },
  });
  map.addLayer({
    id: 'annotations-symbol',
    type: 'symbol',
    source: POINT_SOURCE,
    filter: NOT_CLUSTER as never,
    layout: { 'text-field': categoryExpression(categories, 'symbol', '•'), 'text-font': ['Noto Sans Bold'], 'text-size': 14, 'text-allow-overlap': true, 'text-ignore-placement': true },
    paint: { 'text-color': '#ffffff', 'text-opacity': faded(1) },
  });
  // The kind's icon as a badge beside the point, drawn once its image is ready.
  map.addLayer({ id: 'annotations-icon', type: 'symbol', source: POINT_SOURCE, filter: NOT_CLUSTER as never, layout: categoryIconLayout(categories), paint: { 'icon-opacity': faded(1) } });
  void addCategoryIcons(map, categories);
  for (const layer of clusterLayers(POINT_SOURCE)) map.addLayer(layer);
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
  const index = useRef({ points: new Map<string, number>(), shapes: new Map<string, number>(), clustered: false });
  const selectRef = useRef({ selectable, onSelect });
  selectRef.current = { selectable, onSelect };

  useEffect(() => {
    if (!map) return;
    addLayers(map, categories);
    index.current = { points: new Map(), shapes: new Map(), clustered: false };
    const click = (event: MapLayerMouseEvent) => {
      const id = event.features?.[0]?.properties?.id;
      if (selectRef.current.selectable && typeof id === 'string') selectRef.current.onSelect(id);
    };
    const hover = () => selectRef.current.selectable && (map.getCanvas().style.cursor = 'pointer');
    const leave = () => (map.getCanvas().style.cursor = '');
    const zoomIn = (event: MapLayerMouseEvent) => void zoomIntoCluster(map, event);
    map.on('click', CLUSTER_LAYER, zoomIn);
    for (const layer of ANNOTATION_LAYERS) {
      map.on('click', layer, click);
      map.on('mouseenter', layer, hover);
      map.on('mouseleave', layer, leave);
    }
    return () => {
      map.off('click', CLUSTER_LAYER, zoomIn);
      for (const layer of ANNOTATION_LAYERS) {
        map.off('click', layer, click);
        map.off('mouseenter', layer, hover);
        map.off('mouseleave', layer, leave);
      }
    };
  }, [map, categories]);

  useEffect(() => {
    const shapes = map?.getSource<GeoJSONSource>(ANNOTATION_SOURCE);
    const points = map?.getSource<GeoJSONSource>(POINT_SOURCE);
    if (!map || !shapes || !points) return;
    const pointMarks = annotations.filter((a) => a.kind === 'point');
    const clustered = clusterMarks(pointMarks.length);
    if (clustered !== index.current.clustered) void points.setClusterOptions({ cluster: clustered, clusterRadius: CLUSTER_RADIUS, clusterMaxZoom: CLUSTER_MAX_ZOOM });
    const forPoints = diffAnnotations(index.current.points, pointMarks);
    const forShapes = diffAnnotations(index.current.shapes, annotations.filter((a) => a.kind !== 'point'));
    index.current = { points: forPoints.index, shapes: forShapes.index, clustered };
    if (!isEmptyDiff(forPoints.diff)) void points.updateData(forPoints.diff as never);
    if (!isEmptyDiff(forShapes.diff)) void shapes.updateData(forShapes.diff as never);
  }, [map, annotations]);

  useEffect(() => {
    if (!map || !selectedId || !map.getSource(ANNOTATION_SOURCE)) return;
    markState(map, [selectedId], { selected: true });
    return () => markState(map, [selectedId], { selected: false });
  }, [map, selectedId, annotations]);

  useEffect(() => {
    if (!map || !hiddenIds?.size || !map.getSource(ANNOTATION_SOURCE)) return;
    markState(map, hiddenIds, { hidden: true });
    return () => markState(map, hiddenIds, { hidden: false });
  }, [map, hiddenIds, annotations]);
}

/** A mark's state lives in whichever of the two sources holds it. */
function markState(map: MapLibreMap, ids: Iterable<string>, state: Record<string, boolean>) {
  if (!map.getSource(ANNOTATION_SOURCE)) return;
  for (const id of ids) for (const source of SOURCES) map.setFeatureState({ source, id }, state);
}

async function zoomIntoCluster(map: MapLibreMap, event: MapLayerMouseEvent) {
  const cluster = event.features?.[0];
  const clusterId = cluster?.properties?.cluster_id;
  if (typeof clusterId !== 'number' || cluster?.geometry.type !== 'Point') return;
  const zoom = await map.getSource<GeoJSONSource>(POINT_SOURCE)!.getClusterExpansionZoom(clusterId);
  map.easeTo({ center: cluster.geometry.coordinates as [number, number], zoom });
}
