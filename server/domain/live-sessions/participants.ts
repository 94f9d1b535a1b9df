// Who took part in a live session, for the facilitator, and removing someone disruptive.
import { PARTICIPANT_SIGNAL } from '@/lib/live/session-signal';
import { isRole, roleAllows } from '@/lib/policy/roles';
import type { ProcessState } from '@/lib/policy/decide';
import type { Viewer } from '@/lib/policy/subject';
import type { Actor } from '@/server/auth/actor';
import { recordAudit } from '@/server/audit/record-audit';
import { db } from '@/server/db';
import { AppError } from '@/server/http/app-error';

import { publishProcessEvent } from '../events/process-events';
import { encodeCursor, type SortKey } from '../page-cursor';
import { enforceRun, requireSession } from './session-access';

export async function listParticipants(viewer: Viewer, process: ProcessState, id: string, query: { limit?: number; cursor?: SortKey }) {
  enforceRun(viewer, process);
  await requireSession(process, id);
  const limit = query.limit ?? 50;
  const after = query.cursor
    ? { OR: [{ joinedAt: { gt: new Date(query.cursor[1]) } }, { joinedAt: new Date(query.cursor[1]), id: { gt: query.cursor[2] } }] }
    : {};
  const [rows, total] = await Promise.all([
    db.sessionParticipant.findMany({
      where: { sessionId: id, ...after },
      orderBy: [{ joinedAt: 'asc' }, { id: 'asc' }],
      take: limit + 1,
      select: { id: true, userId: true, displayName: true, joinedAt: true, removedAt: true, user: { select: { role: true } } },
    }),
    db.sessionParticipant.count({ where: { sessionId: id } }),
  ]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({ userId: row.userId, name: row.displayName, guest: row.user.role === 'guest', joinedAt: row.joinedAt.toISOString(), removed: !!row.removedAt })),
    nextCursor: rows.length > limit && last ? encodeCursor([0, last.joinedAt.getTime(), last.id]) : null,
    total,
  };
}

/**
 * Takes a participant out of a running session for good: they cannot rejoin it. Their row changes
 * so the collab server's account watch closes their sockets now (server/collab/apply-change.ts).
 */
export async function removeParticipant(actor: Actor, process: ProcessState, id: string, userId: string) {
  enforceRun(actor, process);
  const session = await requireSession(process, id);
  if (session.status === 'ended') throw new AppError(409, 'invalid_transition', 'This session has ended.');
  const participant = await db.sessionParticipant.findUnique({ where: { sessionId_userId: { sessionId: id, userId } }, include: { user: { select: { role: true } } } });
  if (!participant) throw new AppError(404, 'not_found', 'This person has not joined this session.');
  if (userId === actor.id || (isRole(participant.user.role) && roleAllows(participant.user.role, 'session.run'))) throw new AppError(403, 'forbidden', 'Those who run sessions cannot be removed from one.');
  const now = new Date();
  await db.$transaction([
    db.sessionParticipant.update({ where: { id: participant.id }, data: { removedAt: participant.removedAt ?? now } }),
    db.user.update({ where: { id: userId }, data: { updatedAt: now } }),
  ]);
  await recordAudit({ actorId: actor.id, action: 'session.remove', targetType: 'user', targetId: userId, data: { sessionId: id } });
  publishProcessEvent(process.id, PARTICIPANT_SIGNAL(id));
  return { userId, removed: true };
}
