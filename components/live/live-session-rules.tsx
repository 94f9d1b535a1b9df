'use client';

// A page beside the map (a proposal's) has no shared document: it follows the live session's phase through
// the session API, read once and again on the process's session signals (a start, an end, a phase switch:
// server/domain/live-sessions/phase-watch.ts), and joins it to the rules of everything inside.
import type { ReactNode } from 'react';

import { LiveRulesProvider, useProcessRules } from '@/components/process/process-context';
import { findPhase } from '@/lib/live/phases';

import { useLiveSession } from './use-live-session';

export function LiveSessionRules({ children }: { children: ReactNode }) {
  const { slug, viewer, known } = useProcessRules();
  // A visitor takes no part: nothing to ask.
  const session = useLiveSession(slug, null, false, known && !!viewer);
  const phase = session?.status === 'live' ? findPhase(session.phases, session.currentPhase) : null;
  return <LiveRulesProvider phase={phase}>{children}</LiveRulesProvider>;
}
