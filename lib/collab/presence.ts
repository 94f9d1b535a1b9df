// What each person shares live through Yjs awareness (never stored): who they are, where their
// pointer is and what they are drawing.
import type { Position } from '@/lib/geo/geometry';
import { PRESENCE_DRAFT_MAX_CORNERS, type PresenceState } from '@/lib/policy/presence';
import type { Bounds } from '@/lib/schemas/process';

import type { AnnotationKind } from './annotation';

export type { PresenceState } from '@/lib/policy/presence';
export { presenceColor } from '@/lib/policy/presence';
export type PresenceUser = PresenceState['user'];
export type PresenceDraft = { kind: AnnotationKind; coordinates: Position[] };
export type Peer = PresenceState & { clientId: number };

export function isPresenceState(value: unknown): value is PresenceState {
  const state = value as Partial<PresenceState> | null;
  return !!state?.user && typeof state.user.id === 'string' && typeof state.user.name === 'string' && typeof state.user.color === 'string';
}

/** One entry per person (several tabs of one person show once), most recently seen first. */
export function peopleHere(states: Map<number, unknown>, selfClientId: number): Peer[] {
  const byUser = new Map<string, Peer>();
  for (const [clientId, state] of states) {
    if (clientId === selfClientId || !isPresenceState(state)) continue;
    const current = byUser.get(state.user.id);
    if (!current || state.cursor) byUser.set(state.user.id, { ...state, clientId });
  }
  return [...byUser.values()];
}

const inside = ([lon, lat]: Position, [west, south, east, north]: Bounds) => lon >= west && lon <= east && lat >= south && lat <= north;

/**
 * What this browser may publish: the server refuses a pointer or a draft outside the territory,
 * so outside it the pointer is shown as absent and the draft as not started.
 */
export function presenceWithin(bounds: Bounds, cursor: Position | null, draft: PresenceDraft | null): { cursor: Position | null; draft: PresenceDraft | null } {
  const keptDraft = draft && draft.coordinates.length <= PRESENCE_DRAFT_MAX_CORNERS && draft.coordinates.every((corner) => inside(corner, bounds)) ? draft : null;
  return { cursor: cursor && inside(cursor, bounds) ? cursor : null, draft: keptDraft };
}

/** Calls `run` at most once every `intervalMs`, always with the latest arguments. */
export function throttle<A extends unknown[]>(run: (...args: A) => void, intervalMs: number): (...args: A) => void {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let latest: A;
  return (...args: A) => {
    latest = args;
    const wait = last + intervalMs - Date.now();
    if (wait <= 0) {
      last = Date.now();
      run(...latest);
    } else if (!timer) {
      timer = setTimeout(() => {
        timer = null;
        last = Date.now();
        run(...latest);
      }, wait);
    }
  };
}
