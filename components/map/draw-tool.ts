'use client';

// Drawing on the map: click (or tap) to place corners, double-click, Enter or a click on the first
// corner to finish, Backspace to take back a corner, Esc to cancel. With the map focused, Space
// places a corner at the centre cross, so a keyboard alone can draw.
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { useCallback, useEffect, useRef, useState } from 'react';

import type { AnnotationKind } from '@/lib/collab/annotation';
import type { Geometry, Position } from '@/lib/geo/geometry';
import { EMPTY, draftFeatures, geometryFromCorners } from '@/lib/map/draft-features';

export const DRAFT_SOURCE = 'draw-draft';
const SNAP_PX = 12;

function addDraftLayers(map: MapLibreMap) {
  map.addSource(DRAFT_SOURCE, { type: 'geojson', data: EMPTY });
  map.addLayer({ id: 'draft-area', type: 'fill', source: DRAFT_SOURCE, filter: ['==', ['get', 'role'], 'area'], paint: { 'fill-color': ['get', 'color'] as never, 'fill-opacity': 0.2 } });
  map.addLayer({ id: 'draft-outline', type: 'line', source: DRAFT_SOURCE, filter: ['==', ['get', 'role'], 'outline'], paint: { 'line-color': ['get', 'color'] as never, 'line-width': 3, 'line-dasharray': [2, 1] } });
  map.addLayer({ id: 'draft-corner', type: 'circle', source: DRAFT_SOURCE, filter: ['==', ['get', 'role'], 'corner'], paint: { 'circle-color': '#ffffff', 'circle-radius': 6, 'circle-stroke-color': ['get', 'color'] as never, 'circle-stroke-width': 3 } });
}

type Options = {
  map: MapLibreMap | null;
  kind: AnnotationKind | null;
  onFinish: (kind: AnnotationKind, geometry: Geometry) => void;
  onProgress: (kind: AnnotationKind | null, corners: Position[], pointer: Position | null) => void;
  onCancel: () => void;
};

export function useDrawTool({ map, kind, onFinish, onProgress, onCancel }: Options) {
  const [corners, setCorners] = useState<Position[]>([]);
  const cornersRef = useRef<Position[]>([]);
  const pointer = useRef<Position | null>(null);
  const callbacks = useRef({ onFinish, onProgress, onCancel });
  callbacks.current = { onFinish, onProgress, onCancel };

  const render = useCallback(() => {
    const source = map?.getSource<GeoJSONSource>(DRAFT_SOURCE);
    if (!source) return;
    source.setData(kind ? (draftFeatures(kind, cornersRef.current, pointer.current) as never) : EMPTY);
    callbacks.current.onProgress(kind, cornersRef.current, pointer.current);
  }, [map, kind]);

  const setAll = useCallback(
    (next: Position[]) => {
      cornersRef.current = next;
      setCorners(next);
      render();
    },
    [render],
  );

  const finish = useCallback(() => {
    if (!kind) return false;
    const geometry = geometryFromCorners(kind, cornersRef.current);
    if (!geometry) return false;
    setAll([]);
    callbacks.current.onFinish(kind, geometry);
    return true;
  }, [kind, setAll]);

  const place = useCallback(
    (position: Position, screen?: { x: number; y: number }) => {
      if (!kind || !map) return;
      const current = cornersRef.current;
      if (screen && current.length > 0) {
        const last = map.project(current.at(-1) as [number, number]);
        if (Math.hypot(last.x - screen.x, last.y - screen.y) < 3) return; // the second click of a double-click
        const first = map.project(current[0] as [number, number]);
        if (kind === 'polygon' && current.length >= 3 && Math.hypot(first.x - screen.x, first.y - screen.y) < SNAP_PX) {
          finish();
          return;
        }
      }
      cornersRef.current = [...current, position];
      if (kind === 'point') {
        finish();
        return;
      }
      setAll(cornersRef.current);
    },
    [kind, map, finish, setAll],
  );

  useEffect(() => {
    if (!map) return;
    addDraftLayers(map);
    return () => {
      for (const layer of ['draft-area', 'draft-outline', 'draft-corner']) if (map.getLayer(layer)) map.removeLayer(layer);
      if (map.getSource(DRAFT_SOURCE)) map.removeSource(DRAFT_SOURCE);
    };
  }, [map]);

  useEffect(() => {
    if (!map) return;
    setAll([]);
    if (!kind) {
      map.getCanvas().style.cursor = '';
      return;
    }
    map.doubleClickZoom.disable();
    map.getCanvas().style.cursor = 'crosshair';
    const click = (event: MapMouseEvent) => place([event.lngLat.lng, event.lngLat.lat], event.point);
    const dblclick = (event: MapMouseEvent) => {
      event.preventDefault();
      finish();
    };
    const move = (event: MapMouseEvent) => {
      pointer.current = [event.lngLat.lng, event.lngLat.lat];
      render();
    };
    const keydown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (target.closest('input, textarea, select, [contenteditable]')) return;
      if (event.key === 'Enter' && finish()) event.preventDefault();
      else if (event.key === 'Escape') {
        setAll([]);
        callbacks.current.onCancel();
      } else if (event.key === 'Backspace' && cornersRef.current.length > 0) {
        event.preventDefault();
        setAll(cornersRef.current.slice(0, -1));
      } else if (event.key === ' ' && target.closest('.maplibregl-map')) {
        event.preventDefault();
        const centre = map.getCenter();
        place([centre.lng, centre.lat]);
      }
    };
    map.on('click', click);
    map.on('dblclick', dblclick);
    map.on('mousemove', move);
    window.addEventListener('keydown', keydown);
    return () => {
      map.off('click', click);
      map.off('dblclick', dblclick);
      map.off('mousemove', move);
      window.removeEventListener('keydown', keydown);
      map.doubleClickZoom.enable();
      pointer.current = null;
    };
  }, [map, kind, place, finish, render, setAll]);

  return { corners, finish, undo: () => setAll(cornersRef.current.slice(0, -1)), clear: () => setAll([]) };
}
