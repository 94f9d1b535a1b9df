'use client';

// The process map: our offline basemap and the process's data layers. MapLibre is client-only.
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';

import { escapeHtml } from '@/lib/html';
import { basemapStyle } from '@/lib/map/basemap-style';
import { mapLayerIds, toMapLayers } from '@/lib/map/layer-style';
import type { LayerView } from '@/lib/schemas/layer';
import type { Bounds } from '@/lib/schemas/process';

type Props = {
  bounds: Bounds;
  layers: LayerView[];
  visible: Record<string, boolean>;
  /** Called once the map has loaded, so features can add their own sources and handlers. */
  onReady?: (map: maplibregl.Map | null) => void;
};

if (typeof window !== 'undefined') maplibregl.setWorkerUrl(new URL('/vendor/maplibre-gl-worker.mjs', window.location.origin).href);

/** How far past the territory a person may pan, as a share of its size. */
const PAN_MARGIN = 0.25;

function paddedBounds([west, south, east, north]: Bounds): Bounds {
  const dx = (east - west) * PAN_MARGIN;
  const dy = (north - south) * PAN_MARGIN;
  return [west - dx, south - dy, east + dx, north + dy];
}

export default function ProcessMap({ bounds, layers, visible, onReady }: Props) {
  const t = useTranslations('process');
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const [failed, setFailed] = useState(false);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    if (!container.current) return;
    const element = container.current;
    let map: maplibregl.Map;
    try {
      map = new maplibregl.Map({
        container: element,
        style: basemapStyle(window.location.origin, bounds),
        bounds,
        fitBoundsOptions: { padding: 16 },
        maxBounds: paddedBounds(bounds),
        minZoom: 12,
        maxZoom: 19,
        attributionControl: { compact: false },
        cooperativeGestures: false,
      });
    } catch {
      setFailed(true);
      return;
    }
    map.addControl(new maplibregl.NavigationControl({ visualizePitch: true }), 'top-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    map.on('load', () => {
      for (const layer of layers) {
        map.addSource(layer.id, {
          type: 'geojson',
          data: new URL(layer.sourceUrl, window.location.origin).href,
          attribution: escapeHtml(layer.attribution),
        });
        for (const spec of toMapLayers(layer.id, layer.style, visible[layer.id] ?? false)) map.addLayer(spec, 'road-label');
      }
      element.dataset.mapLoaded = 'true';
      setLoaded(true);
      onReady?.(map);
    });
    map.on('dataloading', () => (element.dataset.mapIdle = 'false'));
    map.on('idle', () => (element.dataset.mapIdle = 'true'));
    mapRef.current = map;
    return () => {
      mapRef.current = null;
      onReady?.(null);
      map.remove();
    };
    // The map is built once per process; visibility changes are applied below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bounds, layers]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loaded) return;
    for (const layer of layers) {
      const visibility = visible[layer.id] ? 'visible' : 'none';
      for (const id of mapLayerIds(layer.id)) {
        if (map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== visibility) {
          container.current!.dataset.mapIdle = 'false';
          map.setLayoutProperty(id, 'visibility', visibility);
        }
      }
    }
  }, [layers, visible, loaded]);

  if (failed) return <p className="map-failed" role="alert">{t('mapFailed')}</p>;
  return <div ref={container} className="map" data-testid="process-map" />;
}
