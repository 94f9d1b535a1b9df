// The live session's change signals on the process's event stream. Someone joining or being removed
// changes who takes part, not the session: screens that show the session (components/live/use-live-session.ts)
// read it again only for a session signal, else a room of 300 joining would make 300 × 300 requests.
import type { ProcessEvent } from '@/lib/participation/views';

/** Someone joined the session or was removed from it. */
export const PARTICIPANT_SIGNAL = (sessionId: string) => ({ type: 'session', targetType: 'participant', targetId: sessionId }) as const;

/** The running session moved to another phase: the signal carries it, so no page reads the session again. */
export const PHASE_SIGNAL = (sessionId: string, phase: string | null) => ({ type: 'session', targetType: 'phase', targetId: sessionId, phase }) as const;

/** The session as a page holds it, after a signal: the new phase when the signal carries one for it, else unchanged. */
export function withSignalledPhase<S extends { id: string; currentPhase?: string | null }>(session: S | null | undefined, event: Pick<ProcessEvent, 'type' | 'targetType' | 'targetId' | 'phase'>): S | null | undefined {
  if (!session || event.type !== 'session' || event.targetType !== 'phase' || event.phase === undefined || event.targetId !== session.id) return session;
  return { ...session, currentPhase: event.phase };
}

/** A session started, changed or ended (server/domain/live-sessions: targetType 'session'). */
export function sessionSignalRefetches(event: Pick<ProcessEvent, 'type' | 'targetType'>): boolean {
  return event.type === 'session' && event.targetType === 'session';
}
