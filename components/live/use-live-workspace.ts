'use client';

// Everything the map workspace needs of a running live session: the session and its current phase,
// the timer, follow-me, the spotlight and the words for the aria-live region.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Dispatch } from 'react';

import type { WorkspaceEvent } from '@/components/map/workspace-mode';
import type { Geometry } from '@/lib/geo/geometry';
import { findPhase } from '@/lib/live/phases';
import type { SessionState } from '@/lib/live/session-state';

import { useCountdown } from './use-countdown';
import { useFollow } from './use-follow';
import { useLiveAnnouncements } from './use-live-announcements';
import { useLiveSession } from './use-live-session';
import { useSpotlight } from './use-spotlight';

type Options = {
  slug: string;
  state: SessionState;
  map: MapLibreMap | null;
  marks: { id: string; geometry: Geometry | null }[];
  dispatch: Dispatch<WorkspaceEvent>;
  /** The facilitator steers the view rather than following it. */
  steering: boolean;
  signedIn: boolean;
};

export function useLiveWorkspace({ slug, state, map, marks, dispatch, steering, signedIn }: Options) {
  const session = useLiveSession(slug, state.sessionId, state.phase !== null, signedIn);
  const running = !!session && session.status === 'live';
  // The document's phase, or the server's until a facilitator's screen has written it.
  const phase = session ? findPhase(session.phases, state.phase ?? session.currentPhase) : null;
  const secondsLeft = useCountdown(running ? state.timerEndsAt : null);
  const follow = useFollow(map, running ? state.follow : null, running && !steering);
  const spotlitProposal = useSpotlight(map, running && !steering ? state.spotlight : null, slug, marks, dispatch);
  const announcement = useLiveAnnouncements(state, phase, secondsLeft);
  return { session: running ? session : null, phase: running ? phase : null, secondsLeft, follow, spotlitProposal, announcement };
}

export type LiveWorkspace = ReturnType<typeof useLiveWorkspace>;
