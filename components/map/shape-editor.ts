'use client';

// Reshaping a mark: its corners become handles that can be dragged (mouse or touch).
import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent, MapLayerTouchEvent, MapMouseEvent, MapTouchEvent } from 'maplibre-gl';
import { useEffect, useRef } from 'react';

import type { AnnotationKind } from '@/lib/collab/annotation';
import type { Geometry } from '@/lib/geo/geometry';
import { EMPTY, cornersOf, draftFeatures, withCorner } from '@/lib/map/draft-features';

const EDIT_SOURCE = 'shape-edit';
const HANDLE_LAYER = 'shape-edit-handle';

type Options = { map: MapLibreMap | null; kind: AnnotationKind; geometry: Geometry | null; onChange: (geometry: Geometry) => void };

export function useShapeEditor({ map, kind, geometry, onChange }: Options) {
  const geometryRef = useRef(geometry);
  geometryRef.current = geometry;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    if (!map || !geometry) return;
    map.addSource(EDIT_SOURCE, { type: 'geojson', data: EMPTY });
    map.addLayer({ id: 'shape-edit-area', type: 'fill', source: EDIT_SOURCE, filter: ['==', ['get', 'role'], 'area'], paint: { 'fill-color': '#1f5f8b', 'fill-opacity': 0.15 } });
    map.addLayer({ id: 'shape-edit-outline', type: 'line', source: EDIT_SOURCE, filter: ['==', ['get', 'role'], 'outline'], paint: { 'line-color': '#1f5f8b', 'line-width': 3 } });
    map.addLayer({ id: HANDLE_LAYER, type: 'circle', source: EDIT_SOURCE, filter: ['==', ['get', 'role'], 'corner'], paint: { 'circle-color': '#ffffff', 'circle-radius': 9, 'circle-stroke-color': '#1f5f8b', 'circle-stroke-width': 3 } });

    let dragging: number | null = null;
    const start = (event: MapLayerMouseEvent | MapLayerTouchEvent) => {
      const index = event.features?.[0]?.properties?.index;
      if (typeof index !== 'number') return;
      event.preventDefault();
      dragging = index;
      map.dragPan.disable();
    };
    const move = (event: MapMouseEvent | MapTouchEvent) => {
      if (dragging === null || !geometryRef.current) return;
      onChangeRef.current(withCorner(geometryRef.current, dragging, [event.lngLat.lng, event.lngLat.lat]));
    };
    const end = () => {
      if (dragging === null) return;
      dragging = null;
      map.dragPan.enable();
    };
    const hover = () => (map.getCanvas().style.cursor = 'move');
    const leave = () => (map.getCanvas().style.cursor = '');
    map.on('mousedown', HANDLE_LAYER, start);
    map.on('touchstart', HANDLE_LAYER, start);
    map.on('mouseenter', HANDLE_LAYER, hover);
    map.on('mouseleave', HANDLE_LAYER, leave);
    map.on('mousemove', move);
    map.on('touchmove', move);
    map.on('mouseup', end);
    map.on('touchend', end);
    return () => {
      map.off('mousedown', HANDLE_LAYER, start);
      map.off('touchstart', HANDLE_LAYER, start);
      map.off('mouseenter', HANDLE_LAYER, hover);
      map.off('mouseleave', HANDLE_LAYER, leave);
      map.off('mousemove', move);
      map.off('touchmove', move);
      map.off('mouseup', end);
      map.off('touchend', end);
      map.dragPan.enable();
      for (const layer of ['shape-edit-area', 'shape-edit-outline', HANDLE_LAYER]) if (map.getLayer(layer)) map.removeLayer(layer);
      if (map.getSource(EDIT_SOURCE)) map.removeSource(EDIT_SOURCE);
    };
  }, [map, geometry === null]); // eslint-disable-line react-hooks/exhaustive-deps -- set up once per editing session

  useEffect(() => {
    if (!map || !geometry) return;
    map.getSource<GeoJSONSource>(EDIT_SOURCE)?.setData(draftFeatures(kind, cornersOf(geometry), null) as never);
  }, [map, kind, geometry]);
}
