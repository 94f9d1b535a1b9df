'use client';

// Clicking a data layer's feature (where no mark or proposal lies on top) picks it for the attribute panel.
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { useEffect, useRef } from 'react';

import { interactiveLayerIds } from '@/lib/map/layer-style';
import type { LayerView } from '@/lib/schemas/layer';

import { ANNOTATION_LAYERS } from './annotation-layers';

export type PickedFeature = {
  layerId: string;
  featureId: string;
  properties: Record<string, unknown>;
  lngLat: [number, number];
};

/** A feature's own name, when its data has one. */
export function featureName(picked: PickedFeature): string | null {
  const { name } = picked.properties;
  return typeof name === 'string' && name ? name : null;
}

const ABOVE = [...ANNOTATION_LAYERS, 'proposals-marker'];

/** The topmost visible data-layer feature at a point of the map, if any. */
export function featureAt(map: MapLibreMap, layers: LayerView[], point: { x: number; y: number }, lngLat: [number, number]): PickedFeature | null {
  const ids = layers.flatMap((layer) => interactiveLayerIds(layer)).filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none');
  if (ids.length === 0) return null;
  const box: [[number, number], [number, number]] = [[point.x - 3, point.y - 3], [point.x + 3, point.y + 3]];
  const [hit] = map.queryRenderedFeatures(box, { layers: ids });
  if (!hit || hit.id === undefined) return null;
  return { layerId: hit.layer.source, featureId: String(hit.id), properties: { ...hit.properties }, lngLat };
}

export function useFeatureInspector({ map, layers, enabled, onPick }: { map: MapLibreMap | null; layers: LayerView[]; enabled: boolean; onPick: (picked: PickedFeature | null) => void }) {
  const latest = useRef({ layers, enabled, onPick });
  latest.current = { layers, enabled, onPick };
  useEffect(() => {
    if (!map) return;
    const click = (event: MapMouseEvent) => {
      const { layers: current, enabled: active, onPick: pick } = latest.current;
      if (!active) return;
      const above = ABOVE.filter((id) => map.getLayer(id));
      if (above.length && map.queryRenderedFeatures(event.point, { layers: above }).length > 0) return;
      pick(featureAt(map, current, event.point, [event.lngLat.lng, event.lngLat.lat]));
    };
    map.on('click', click);
    return () => {
      map.off('click', click);
    };
  }, [map]);
}
