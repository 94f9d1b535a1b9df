'use client';

// The process map: its basemap (ours, offline, or a registered remote one) and the process's data
// layers. MapLibre is client-only.
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';

import { escapeHtml } from '@/lib/html';
import { layerCredit } from '@/lib/map/layer-credit';
import { BASEMAP_BUILDINGS_3D, basemapStyle } from '@/lib/map/basemap-style';
import { mapLayerIds, toMapLayers, toMapSource, visibilityOf } from '@/lib/map/layer-style';
import { parseAt } from '@/lib/map/map-link';
import type { BasemapSource } from '@/lib/schemas/basemap';
import type { LayerView } from '@/lib/schemas/layer';
import type { Bounds } from '@/lib/schemas/process';

import { prepareMaplibre } from './maplibre-runtime';

type Props = {
  basemap: BasemapSource;
  bounds: Bounds;
  layers: LayerView[];
  visible: Record<string, boolean>;
  /** Tilted view with extruded buildings and layers that have a height. */
  threeD?: boolean;
  /** Called once the map has loaded, so features can add their own sources and handlers. */
  onReady?: (map: maplibregl.Map | null) => void;
  /** Called when a layer's tiles cannot be loaded (a remote service down or mistyped). */
  onLayerError?: (layerId: string) => void;
  testId?: string;
};

// PMTiles archives (our basemaps, layers an admin registered) are read with range requests.
prepareMaplibre();

/** How far past the territory a person may pan, as a share of its size. */
const PAN_MARGIN = 0.25;
const TILT = { pitch: 60, bearing: -20 };
/** How close a link to a place opens the map: a street with its buildings. */
const PLACE_ZOOM = 17;
/** How far out a person may zoom: a city's territory; a larger one lowers it to fit (see below). */
const MIN_ZOOM = 12;
/** Where our data layers go: under the basemap's street names, when it has ours. */
const LABELS_ABOVE_LAYERS = 'road-label';

const mercatorY = (lat: number) => (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;

/**
 * Where a person may pan: the territory with a margin, widened (or heightened) to the map's shape, so
 * a tall territory (a valley) on a wide screen can still be seen whole instead of being zoomed into.
 */
function paddedBounds([west, south, east, north]: Bounds, element: HTMLElement): Bounds {
  const dx = (east - west) * PAN_MARGIN;
  const dy = (north - south) * PAN_MARGIN;
  const [w, s, e, n] = [west - dx, south - dy, east + dx, north + dy];
  const aspect = Math.max(element.clientWidth, 1) / Math.max(element.clientHeight, 1);
  const spanX = (e - w) / 360;
  const spanY = mercatorY(s) - mercatorY(n);
  if (spanX / spanY < aspect) {
    const extra = ((spanY * aspect - spanX) * 360) / 2;
    return [w - extra, s, e + extra, n];
  }
  const lat = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  const extra = (spanX / aspect - spanY) / 2;
  return [w, lat(mercatorY(s) + extra), e, lat(mercatorY(n) - extra)];
}

/** A territory larger than a city (a region, a small country) may be seen whole, with a little room. */
function minZoomFor([west, south, east, north]: Bounds, element: HTMLElement): number {
  const width = Math.max(element.clientWidth - 32, 100) / (512 * ((east - west) / 360));
  const height = Math.max(element.clientHeight - 32, 100) / (512 * (mercatorY(south) - mercatorY(north)));
  const whole = Math.log2(Math.min(width, height));
  return Math.max(0, Math.min(MIN_ZOOM, Math.floor(whole * 2) / 2 - 0.5));
}

export default function ProcessMap({ basemap, bounds, layers, visible, threeD = false, onReady, onLayerError, testId = 'process-map' }: Props) {
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
      // A link to a place (a proposal's "Show on the map", a mark in "My activity") opens the map there.
      const at = parseAt(new URLSearchParams(window.location.search).get('at'));
      map = new maplibregl.Map({
        container: element,
        style: basemapStyle(window.location.origin, basemap),
        ...(at ? { center: at, zoom: PLACE_ZOOM } : { bounds, fitBoundsOptions: { padding: 16 } }),
        maxBounds: paddedBounds(bounds, element),
        minZoom: minZoomFor(bounds, element),
        maxZoom: 19,
        maxPitch: 70,
        attributionControl: { compact: false, ...(basemap.kind !== 'installed' && { customAttribution: escapeHtml(basemap.attribution) }) },
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
        try {
          map.addSource(layer.id, toMapSource(layer, window.location.origin, layerCredit(layer.attribution)));
          for (const spec of toMapLayers(layer, visible[layer.id] ?? false, threeD)) map.addLayer(spec, map.getLayer(LABELS_ABOVE_LAYERS) ? LABELS_ABOVE_LAYERS : undefined);
        } catch (error) {
          // One badly registered remote source must not take the whole map down.
          console.warn(`layer ${layer.slug} could not be added`, error);
        }
      }
      element.dataset.mapLoaded = 'true';
      setLoaded(true);
      onReady?.(map);
    });
    map.on('error', (event) => {
      // Tile errors carry the id of their source, which is the layer's id.
      const { sourceId } = event as unknown as { sourceId?: string };
      if (sourceId && layers.some((layer) => layer.id === sourceId)) onLayerError?.(sourceId);
    });
    map.on('dataloading', () => (element.dataset.mapIdle = 'false'));
    map.on('idle', () => (element.dataset.mapIdle = 'true'));
    // Where the map looks, for people's tests and the compare view's checks.
    const recordView = () => {
      const { lng, lat } = map.getCenter();
      element.dataset.view = `${lng.toFixed(5)},${lat.toFixed(5)},${map.getZoom().toFixed(2)}`;
    };
    map.on('moveend', recordView);
    map.on('load', recordView);
    mapRef.current = map;
    return () => {
      mapRef.current = null;
      onReady?.(null);
      map.remove();
    };
    // The map is built once per process; visibility and 3D changes are applied below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [basemap, bounds, layers]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loaded) return;
    const set = (id: string, visibility: 'visible' | 'none') => {
      if (map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== visibility) {
        container.current!.dataset.mapIdle = 'false';
        map.setLayoutProperty(id, 'visibility', visibility);
      }
    };
    for (const layer of layers) {
      const ids = mapLayerIds(layer.id);
      for (const id of [...ids.flat, ids.extrusion]) set(id, visibilityOf(id, layer, visible[layer.id] ?? false, threeD));
    }
    set(BASEMAP_BUILDINGS_3D, threeD ? 'visible' : 'none');
    set('building', threeD ? 'none' : 'visible');
  }, [layers, visible, loaded, threeD]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loaded) return;
    const tilted = map.getPitch() > 10;
    if (threeD && !tilted) map.easeTo({ ...TILT, duration: 600 });
    if (!threeD && tilted) map.easeTo({ pitch: 0, bearing: 0, duration: 600 });
  }, [threeD, loaded]);

  if (failed) return <p className="map-failed" role="alert">{t('mapFailed')}</p>;
  return <div ref={container} className="map" data-testid={testId} data-three-d={threeD ? 'true' : 'false'} />;
}
