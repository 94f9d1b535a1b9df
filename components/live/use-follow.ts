'use client';

// "Follow me": a participant's map follows the facilitator's view until the person pans or zooms
// it themselves; "back to the facilitator" follows again.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useState } from 'react';

import type { Follow } from '@/lib/live/session-state';

import { followCamera } from './follow-camera';

export function useFollow(map: MapLibreMap | null, follow: Follow | null, active: boolean) {
  const [following, setFollowing] = useState(true);
  const camera = useMemo(() => (map ? followCamera(map) : null), [map]);

  useEffect(() => {
    if (!map || !camera || !active) return;
    // Only a person's own gesture carries the browser event; our easeTo does not.
    const leave = (event: { originalEvent?: unknown }) => {
      if (!event.originalEvent) return;
      camera.stop();
      setFollowing(false);
    };
    map.on('dragstart', leave);
    map.on('zoomstart', leave);
    map.on('rotatestart', leave);
    return () => {
      map.off('dragstart', leave);
      map.off('zoomstart', leave);
      map.off('rotatestart', leave);
    };
  }, [map, camera, active]);

  // A facilitator who stops and starts following again brings everyone back.
  const [wasOn, setWasOn] = useState(follow !== null);
  if (wasOn !== (follow !== null)) {
    setWasOn(follow !== null);
    if (!follow) setFollowing(true);
  }

  useEffect(() => {
    if (!camera) return;
    if (active && follow && following) camera.go(follow);
    else camera.stop();
  }, [camera, follow, following, active]);
  useEffect(() => () => camera?.stop(), [camera]);

  return { following: following || !follow, backToFacilitator: () => setFollowing(true) };
}
