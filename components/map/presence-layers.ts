'use client';

// Other people on the map: their pointers (a bounded number, most active first) and the shapes
// they are drawing, each in their presence colour.
import { Marker, type GeoJSONSource, type Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';

import type { Peer } from '@/lib/collab/presence';
import { EMPTY, draftFeatures } from '@/lib/map/draft-features';

const DRAFTS_SOURCE = 'presence-drafts';
export const MAX_CURSORS = 20;

function cursorElement(name: string, color: string): HTMLElement {
  const element = document.createElement('div');
  element.className = 'peer-cursor';
  element.style.setProperty('--peer-color', color);
  const label = document.createElement('span');
  label.textContent = name; // textContent: a name is never parsed as HTML
  element.append(label);
  element.setAttribute('aria-hidden', 'true');
  return element;
}

export function usePresenceLayers(map: MapLibreMap | null, peers: Peer[]) {
  const markers = useRef(new Map<string, Marker>());

  useEffect(() => {
    if (!map) return;
    map.addSource(DRAFTS_SOURCE, { type: 'geojson', data: EMPTY });
    map.addLayer({ id: 'presence-draft-area', type: 'fill', source: DRAFTS_SOURCE, filter: ['==', ['get', 'role'], 'area'], paint: { 'fill-color': ['get', 'color'] as never, 'fill-opacity': 0.15 } });
    map.addLayer({ id: 'presence-draft-outline', type: 'line', source: DRAFTS_SOURCE, filter: ['==', ['get', 'role'], 'outline'], paint: { 'line-color': ['get', 'color'] as never, 'line-width': 2.5, 'line-dasharray': [1, 1] } });
    map.addLayer({ id: 'presence-draft-corner', type: 'circle', source: DRAFTS_SOURCE, filter: ['==', ['get', 'role'], 'corner'], paint: { 'circle-color': ['get', 'color'] as never, 'circle-radius': 4 } });
    const current = markers.current;
    return () => {
      for (const marker of current.values()) marker.remove();
      current.clear();
    };
  }, [map]);

  useEffect(() => {
    if (!map?.getSource(DRAFTS_SOURCE)) return;
    const drafts = peers.flatMap((peer) => (peer.draft ? draftFeatures(peer.draft.kind, peer.draft.coordinates, null, peer.user.color).features : []));
    map.getSource<GeoJSONSource>(DRAFTS_SOURCE)!.setData({ type: 'FeatureCollection', features: drafts } as never);

    // Whoever is drawing first, then the others, up to the limit: a big room stays readable.
    const shown = [...peers].filter((peer) => peer.cursor).sort((a, b) => Number(!!b.draft) - Number(!!a.draft)).slice(0, MAX_CURSORS);
    const keep = new Set(shown.map((peer) => peer.user.id));
    for (const [id, marker] of markers.current) {
      if (!keep.has(id)) {
        marker.remove();
        markers.current.delete(id);
      }
    }
    for (const peer of shown) {
      let marker = markers.current.get(peer.user.id);
      if (!marker) {
        marker = new Marker({ element: cursorElement(peer.user.name, peer.user.color), anchor: 'top-left' }).setLngLat(peer.cursor!).addTo(map);
        markers.current.set(peer.user.id, marker);
      } else marker.setLngLat(peer.cursor!);
    }
  }, [map, peers]);
}
