'use client';

// "Follow me": a participant's map follows the facilitator's view until the person pans or zooms
// it themselves; "back to the facilitator" follows again.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';

import type { Follow } from '@/lib/live/session-state';

export function useFollow(map: MapLibreMap | null, follow: Follow | null, active: boolean) {
  const [following, setFollowing] = useState(true);

  useEffect(() => {
    if (!map || !active) return;
    // Only a person's own gesture carries the browser event; our easeTo does not.
    const leave = (event: { originalEvent?: unknown }) => event.originalEvent && setFollowing(false);
    map.on('dragstart', leave);
    map.on('zoomstart', leave);
    map.on('rotatestart', leave);
    return () => {
      map.off('dragstart', leave);
      map.off('zoomstart', leave);
      map.off('rotatestart', leave);
    };
  }, [map, active]);

  // A facilitator who stops and starts following again brings everyone back.
  const [wasOn, setWasOn] = useState(follow !== null);
  if (wasOn !== (follow !== null)) {
    setWasOn(follow !== null);
    if (!follow) setFollowing(true);
  }

  useEffect(() => {
    if (!map || !active || !follow || !following) return;
    map.easeTo({ center: follow.center, zoom: follow.zoom, bearing: follow.bearing, pitch: follow.pitch, duration: 500 });
  }, [map, follow, following, active]);

  return { following: following || !follow, backToFacilitator: () => setFollowing(true) };
}
