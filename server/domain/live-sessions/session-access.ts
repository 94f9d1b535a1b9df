// Who may do what with a process's live sessions, as lib/policy decides it, and loading one.
import { decide, type ProcessState } from '@/lib/policy/decide';
import type { Subject, Viewer } from '@/lib/policy/subject';
import { enforce } from '@/server/auth/actor';
import { db } from '@/server/db';
import { AppError } from '@/server/http/app-error';

export type SessionProcess = ProcessState & { slug: string };

/** Facilitators and admins run sessions (`session.run`). */
export function enforceRun(actor: Viewer, process: ProcessState): asserts actor is Subject {
  enforce(decide(actor, 'session.run', { process }));
}

/** Those who run sessions, and those who review the process (councillors), read every session. */
export const readsAllSessions = (viewer: Viewer, process: ProcessState) =>
  decide(viewer, 'session.run', { process }).ok || decide(viewer, 'process.review', { process }).ok;

export async function requireSession(process: ProcessState, id: string) {
  const row = await db.liveSession.findUnique({ where: { id } });
  if (!row || row.processId !== process.id) throw new AppError(404, 'not_found', 'There is no such live session in this process.');
  return row;
}

export type SessionRow = Awaited<ReturnType<typeof requireSession>>;

/** Took part in a session and was not removed from it, given their participation row (if any). */
export const takesPart = (row: { removedAt: Date | null } | null | undefined): boolean => !!row && !row.removedAt;

export async function isParticipant(sessionId: string, userId: string): Promise<boolean> {
  return takesPart(await db.sessionParticipant.findUnique({ where: { sessionId_userId: { sessionId, userId } }, select: { removedAt: true } }));
}
