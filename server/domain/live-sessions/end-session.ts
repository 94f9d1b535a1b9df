// Ending a live session: its summary is kept, and its guests' access stops at once.
import type { ProcessState } from '@/lib/policy/decide';
import type { Actor } from '@/server/auth/actor';
import { recordAudit } from '@/server/audit/record-audit';
import { db } from '@/server/db';
import { AppError } from '@/server/http/app-error';

import { publishProcessEvent } from '../events/process-events';
import { enforceRun, requireSession } from './session-access';
import { buildSummary } from './session-summary';

export async function endSession(actor: Actor, process: ProcessState, id: string) {
  enforceRun(actor, process);
  const row = await requireSession(process, id);
  const now = new Date();
  const ended = await db.liveSession.updateMany({ where: { id, status: { not: 'ended' } }, data: { status: 'ended', endedAt: now, locked: false, privateMode: false } });
  if (ended.count === 0) throw new AppError(409, 'invalid_transition', 'This session has already ended.');
  // A guest's standing follows their session: the collab server's account watch sees these rows
  // change, finds the session ended and closes their sockets; the web checks the same on every request.
  await db.user.updateMany({ where: { guestSessionId: id }, data: { updatedAt: now } });
  const summary = await buildSummary({ ...row, status: 'ended', endedAt: now });
  await db.liveSession.update({ where: { id }, data: { summary: JSON.stringify(summary) } });
  await recordAudit({ actorId: actor.id, action: 'session.end', targetType: 'session', targetId: id });
  publishProcessEvent(process.id, { type: 'session', targetType: 'session', targetId: id });
  return summary;
}
