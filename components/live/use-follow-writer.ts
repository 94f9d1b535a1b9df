'use client';

// "Follow me" from the facilitator's side: while on, the facilitator's view is written into the
// shared document each time their map settles (at most a few times a second).
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';

import { throttle } from '@/lib/collab/presence';
import type { Follow } from '@/lib/live/session-state';

const WRITE_EVERY_MS = 250;
const round = (value: number, digits: number) => Number(value.toFixed(digits));

export function viewOf(map: MapLibreMap): Follow {
  const { lng, lat } = map.getCenter();
  return { center: [round(lng, 6), round(lat, 6)], zoom: round(map.getZoom(), 2), bearing: round(map.getBearing(), 1), pitch: round(map.getPitch(), 1) };
}

export function useFollowWriter(map: MapLibreMap | null, on: boolean, write: (follow: Follow) => void) {
  useEffect(() => {
    if (!map || !on) return;
    const send = throttle(() => write(viewOf(map)), WRITE_EVERY_MS);
    send();
    map.on('moveend', send);
    return () => {
      map.off('moveend', send);
    };
  }, [map, on, write]);
}
