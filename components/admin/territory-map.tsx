'use client';

// Drawing the territory on the map: click corners (two make a rectangle, more an outline), then
// "Use this area". The bounds fields beside it are the keyboard path to the same result.
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';

import { escapeHtml } from '@/lib/html';
import { basemapStyle } from '@/lib/map/basemap-style';
import type { BasemapSource } from '@/lib/schemas/basemap';
import type { Bounds, Territory } from '@/lib/schemas/process';
import { prepareMaplibre } from '@/components/map/maplibre-runtime';

import { outlineOf, territoryOf, type Corner } from './territory-outline';

/** The map is drawn on the process's own basemap; choosing another one makes a new map (keyed by its id). */
type Props = { basemap: BasemapSource; bounds: readonly number[]; territory: Territory | null; around: Bounds; onDrawn: (drawn: { bounds: Bounds; territory: Territory | null }) => void };

const SOURCE = 'territory';

prepareMaplibre();

const shape = (ring: [number, number][] | null, corners: Corner[]) => ({
  type: 'FeatureCollection' as const,
  features: [
    ...(ring ? [{ type: 'Feature' as const, properties: {}, geometry: { type: 'Polygon' as const, coordinates: [ring] } }] : []),
    ...corners.map((corner) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: corner } })),
  ],
});

export default function TerritoryMap({ basemap, bounds, territory, around, onDrawn }: Props) {
  const t = useTranslations('processAdmin');
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const [corners, setCorners] = useState<Corner[]>([]);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    if (!container.current) return;
    const map = new maplibregl.Map({
      container: container.current,
      style: basemapStyle(window.location.origin, basemap),
      bounds: around,
      fitBoundsOptions: { padding: 16 },
      attributionControl: { compact: true, ...(basemap.kind !== 'installed' && { customAttribution: escapeHtml(basemap.attribution) }) },
    });
    map.on('load', () => {
      map.addSource(SOURCE, { type: 'geojson', data: shape(null, []) });
      map.addLayer({ id: 'territory-fill', type: 'fill', source: SOURCE, filter: ['==', '$type', 'Polygon'], paint: { 'fill-color': '#1f5f8b', 'fill-opacity': 0.15 } });
      map.addLayer({ id: 'territory-line', type: 'line', source: SOURCE, filter: ['==', '$type', 'Polygon'], paint: { 'line-color': '#1f5f8b', 'line-width': 2 } });
      map.addLayer({ id: 'territory-corners', type: 'circle', source: SOURCE, filter: ['==', '$type', 'Point'], paint: { 'circle-radius': 5, 'circle-color': '#1f5f8b' } });
      container.current!.dataset.mapLoaded = 'true';
      setReady(true);
    });
    map.on('click', (event) => setCorners((current) => [...current, [event.lngLat.lng, event.lngLat.lat]]));
    mapRef.current = map;
    return () => {
      mapRef.current = null;
      map.remove();
    };
    // The map is made once; later changes of `around` do not move it under the admin's hand.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const source = mapRef.current?.getSource(SOURCE) as maplibregl.GeoJSONSource | undefined;
    if (!ready || !source) return;
    const drawing = corners.length >= 2 ? [...corners, corners[0]] : null;
    source.setData(shape(drawing && corners.length > 2 ? drawing : corners.length === 2 ? outlineOf(territoryOf(corners)?.bounds ?? [], null) : outlineOf(bounds, territory), corners));
  }, [ready, corners, bounds, territory]);

  const drawn = territoryOf(corners);
  return (
    <div className="territory-map">
      <p className="hint" id="territory-map-hint">{t('territoryMapHint')}</p>
      <div ref={container} className="territory-map-canvas" data-testid="territory-map" data-basemap={basemap.id} role="application" aria-describedby="territory-map-hint" aria-label={t('territoryMap')} />
      <p className="hint" aria-live="polite">{t('territoryCorners', { count: corners.length })}</p>
      <div className="form-actions">
        <button type="button" className="button" disabled={!drawn} onClick={() => { if (drawn) { onDrawn(drawn); setCorners([]); } }}>
          {t('territoryUse')}
        </button>
        <button type="button" className="button button-quiet" disabled={corners.length === 0} onClick={() => setCorners([])}>
          {t('territoryClear')}
        </button>
      </div>
    </div>
  );
}
