// Who may do what in one live session, for the dot-vote rounds and private marks: its facilitators
// (whoever may run sessions in the process) and its participants (guests of it, or people who joined
// it and were not removed). Everyone else gets the contract's 403/404.
import type { Phase } from '@/lib/live/phases';
import { decide, type ProcessState } from '@/lib/policy/decide';
import type { Viewer } from '@/lib/policy/subject';
import type { ProcessView } from '@/lib/schemas/process';
import { enforce } from '@/server/auth/actor';
import { db } from '@/server/db';
import { takesPart } from '@/server/domain/live-sessions/session-access';
import { currentPhaseOf } from '@/server/domain/live-sessions/session-input';
import { requireProcess } from '@/server/domain/processes/require-process';
import { AppError } from '@/server/http/app-error';

import type { RoundRow } from './dot-votes/round-view';

export type LiveSessionRow = { id: string; processId: string; title: string; status: string; currentPhase: string | null; phases: string; privateMode: boolean; locked: boolean };
export type SessionAccess = { process: ProcessState; view: ProcessView; session: LiveSessionRow; facilitator: boolean };

const SESSION_SELECT = { id: true, processId: true, title: true, status: true, currentPhase: true, phases: true, privateMode: true, locked: true } as const;
const ROUND_SELECT = { id: true, sessionId: true, dots: true, perItemMax: true, endsAt: true, liveResults: true, status: true, results: true, createdAt: true } as const;

const notFound = () => new AppError(404, 'not_found', 'There is no such live session in this process.');

/** The session and the asker's place in it; refuses anyone who is neither its facilitator nor its participant. */
export async function sessionAccess(subject: Viewer, slug: string, sessionId: string): Promise<SessionAccess> {
  return (await sessionAccessWithRound(subject, slug, sessionId, null)).access;
}

/**
 * The same, with one of the session's rounds (null when it has none of that id): the session, the asker's
 * participation and the round come in one query, as a dot-vote burst reads them for every vote.
 */
export async function sessionAccessWithRound(subject: Viewer, slug: string, sessionId: string, roundId: string | null): Promise<{ access: SessionAccess; round: RoundRow | null }> {
  const view = await requireProcess(slug);
  const process: ProcessState = { id: view.id, status: view.status };
  if (!subject) throw new AppError(401, 'sign_in_required', 'Join the session to take part.');
  const row = await db.liveSession.findFirst({
    where: { id: sessionId.slice(0, 64), processId: process.id },
    select: {
      ...SESSION_SELECT,
      participants: { where: { userId: subject.id }, select: { removedAt: true } },
      dotRounds: { where: { id: roundId === null ? { in: [] } : roundId.slice(0, 64) }, select: ROUND_SELECT },
    },
  });
  if (!row) throw notFound();
  const { participants, dotRounds, ...session } = row;
  const access = { process, view, session, facilitator: decide(subject, 'session.run', { process }).ok };
  const result = { access, round: dotRounds[0] ?? null };
  if (access.facilitator) return result;
  if (subject.role === 'guest' && subject.guestOf?.sessionId !== session.id) throw notFound();
  if (!takesPart(participants[0])) throw new AppError(403, 'forbidden', 'Join the session to take part.');
  return result;
}

/** Writes happen only while the session is live. */
export function requireLive(access: SessionAccess): void {
  if (access.session.status !== 'live') throw new AppError(409, 'session_not_live', 'This live session is not running.');
}

export function requireFacilitator(subject: Viewer, access: SessionAccess): void {
  enforce(decide(subject, 'session.run', { process: access.process }));
}

/** The session's current phase, as the policy's `decide(…, { phase })` judges what participants may do. */
export const phaseOf = (session: LiveSessionRow): Phase | null => currentPhaseOf(session);
