import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { EASE_MS, followCamera, LAND_AFTER_MS, type FollowedMap } from './follow-camera';

type View = Parameters<FollowedMap['jumpTo']>[0];

/** A map whose eases move the camera only when `drawFrame` is called, as MapLibre's do. */
function fakeMap(start: View) {
  let camera = start;
  let easing: View | null = null;
  const calls: string[] = [];
  const map: FollowedMap = {
    getCenter: () => ({ lng: camera.center[0], lat: camera.center[1] }),
    getZoom: () => camera.zoom,
    getBearing: () => camera.bearing,
    getPitch: () => camera.pitch,
    isMoving: () => easing !== null,
    easeTo: ({ duration, ...view }) => {
      calls.push(`ease ${view.zoom} ${duration}`);
      easing = view;
    },
    jumpTo: (view) => {
      calls.push(`jump ${view.zoom}`);
      easing = null;
      camera = view;
    },
  };
  const drawFrame = () => {
    if (easing) camera = easing;
    easing = null;
  };
  return { map, calls, drawFrame, zoom: () => camera.zoom };
}

const view = (zoom: number): View => ({ center: [-0.1035, 51.5161], zoom, bearing: 0, pitch: 0 });

describe('a participant’s map following the facilitator', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('eases to the view, and lands on it when no frame was drawn in time (a busy phone, an ease cut short by the next view)', () => {
    const { map, calls, zoom } = fakeMap(view(13.1));
    const camera = followCamera(map);
    camera.go(view(14.1));
    camera.go(view(15.1));
    expect(zoom()).toBe(13.1);
    vi.advanceTimersByTime(LAND_AFTER_MS);
    expect(zoom()).toBe(15.1);
    expect(calls).toEqual([`ease 14.1 ${EASE_MS}`, `ease 15.1 ${EASE_MS}`, 'jump 15.1']);
  });

  it('leaves a finished ease alone, and does not restart one for the same view', () => {
    const { map, calls, drawFrame, zoom } = fakeMap(view(13.1));
    const camera = followCamera(map);
    camera.go(view(14.1));
    camera.go(view(14.1));
    drawFrame();
    camera.go(view(14.1));
    vi.advanceTimersByTime(LAND_AFTER_MS * 2);
    expect(zoom()).toBe(14.1);
    expect(calls).toEqual([`ease 14.1 ${EASE_MS}`]);
  });

  it('lands nowhere once the person moves the map themselves', () => {
    const { map, calls } = fakeMap(view(13.1));
    const camera = followCamera(map);
    camera.go(view(14.1));
    camera.stop();
    vi.advanceTimersByTime(LAND_AFTER_MS * 2);
    expect(calls).toEqual([`ease 14.1 ${EASE_MS}`]);
  });
});
