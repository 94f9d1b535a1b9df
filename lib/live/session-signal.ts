// The live session's change signals on the process's event stream. Someone joining or being removed
// changes who takes part, not the session: screens that show the session (components/live/use-live-session.ts)
// read it again only for a session signal, else a room of 300 joining would make 300 × 300 requests.
import type { ProcessEvent } from '@/lib/participation/views';

/** Someone joined the session or was removed from it. */
export const PARTICIPANT_SIGNAL = (sessionId: string) => ({ type: 'session', targetType: 'participant', targetId: sessionId }) as const;

/** A session started, changed or ended (server/domain/live-sessions: targetType 'session'). */
export function sessionSignalRefetches(event: Pick<ProcessEvent, 'type' | 'targetType'>): boolean {
  return event.type === 'session' && event.targetType === 'session';
}
