// How a participant's map goes to the facilitator's view. An ease moves the camera only as frames are
// drawn: a phone too busy to draw them (or an ease cut short by the next view) would stay where the
// animation was when it stopped. So the map eases, and lands on the view directly when it is not there
// once the ease should long have ended.
import type { Follow } from '@/lib/live/session-state';

export const EASE_MS = 500;
export const LAND_AFTER_MS = EASE_MS * 3;

type View = Pick<Follow, 'center' | 'zoom' | 'bearing' | 'pitch'>;
export type FollowedMap = {
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
  getBearing(): number;
  getPitch(): number;
  isMoving(): boolean;
  easeTo(options: View & { duration: number }): unknown;
  jumpTo(options: View): unknown;
};

const near = (a: number, b: number, within: number) => Math.abs(a - b) <= within;
const sameView = (a: View, b: View) => near(a.center[0], b.center[0], 1e-6) && near(a.center[1], b.center[1], 1e-6) && near(a.zoom, b.zoom, 0.005) && near(a.bearing, b.bearing, 0.05) && near(a.pitch, b.pitch, 0.05);
const viewOf = (map: FollowedMap): View => {
  const { lng, lat } = map.getCenter();
  return { center: [lng, lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
};

export function followCamera(map: FollowedMap) {
  let target: View | null = null;
  let landing: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(landing);
    target = null;
  };
  const go = (follow: Follow) => {
    const view: View = { center: follow.center, zoom: follow.zoom, bearing: follow.bearing, pitch: follow.pitch };
    // The same view again (another key of the session changed) keeps the ease on its way.
    if (target && sameView(target, view) && map.isMoving()) return;
    target = view;
    clearTimeout(landing);
    if (sameView(viewOf(map), view)) return;
    map.easeTo({ ...view, duration: EASE_MS });
    landing = setTimeout(() => {
      if (!sameView(viewOf(map), view)) map.jumpTo(view);
    }, LAND_AFTER_MS);
  };
  return { go, stop };
}
