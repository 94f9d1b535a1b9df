// Creating, changing, listing and starting a process's live sessions.
import type { ProcessState } from '@/lib/policy/decide';
import type { Viewer } from '@/lib/policy/subject';
import { newJoinCode } from '@/lib/live/join-code';
import type { Actor } from '@/server/auth/actor';
import { recordAudit } from '@/server/audit/record-audit';
import { db } from '@/server/db';
import { Prisma } from '@/server/generated/prisma/client';
import { AppError } from '@/server/http/app-error';

import { publishProcessEvent } from '../events/process-events';
import { encodeCursor } from '../page-cursor';
import { defaultAgenda } from './default-agenda';
import { createSessionSchema, parseInput, readPhases, updateSessionSchema } from './session-input';
import { enforceRun, isParticipant, readsAllSessions, requireSession } from './session-access';
import { joinUrlOf, sessionView } from './session-view';

const CODE_TRIES = 5;

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

export async function createSession(actor: Actor, process: ProcessState, input: unknown, locale: string) {
  enforceRun(actor, process);
  const { title, agenda, phases, start } = parseInput(createSessionSchema, input);
  const data = { processId: process.id, title, agenda, phases: JSON.stringify(phases ?? (await defaultAgenda(locale))), facilitatorId: actor.id };
  let created;
  // Codes are unique for ever (an ended session's code never opens a later one): a clash draws again.
  for (let attempt = 1; !created; attempt += 1) {
    try {
      created = await db.liveSession.create({ data: { ...data, joinCode: newJoinCode() } });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= CODE_TRIES) throw error;
    }
  }
  await recordAudit({ actorId: actor.id, action: 'session.create', targetType: 'session', targetId: created.id });
  if (start) await startSession(actor, process, created.id);
  else publishProcessEvent(process.id, { type: 'session', targetType: 'session', targetId: created.id });
  return { id: created.id, code: created.joinCode, joinUrl: joinUrlOf(created.joinCode) };
}

export async function updateSession(actor: Actor, process: ProcessState, id: string, input: unknown) {
  enforceRun(actor, process);
  const changes = parseInput(updateSessionSchema, input);
  const row = await requireSession(process, id);
  if (row.status === 'ended') throw new AppError(409, 'invalid_transition', 'This session has ended: it can no longer be changed.');
  const updated = await db.liveSession.update({
    where: { id },
    data: { title: changes.title, agenda: changes.agenda, phases: changes.phases && JSON.stringify(changes.phases), joinClosed: changes.joinClosed },
  });
  if (changes.joinClosed !== undefined && changes.joinClosed !== row.joinClosed) {
    await recordAudit({ actorId: actor.id, action: changes.joinClosed ? 'session.closeJoining' : 'session.openJoining', targetType: 'session', targetId: id });
  }
  publishProcessEvent(process.id, { type: 'session', targetType: 'session', targetId: id });
  return sessionView(updated, true);
}

/**
 * Starts a scheduled session in its first phase. One statement checks that no other session of the
 * process is live and starts this one, so two facilitators starting at once cannot both succeed.
 */
export async function startSession(actor: Actor, process: ProcessState, id: string) {
  enforceRun(actor, process);
  const row = await requireSession(process, id);
  if (row.status !== 'scheduled') throw new AppError(409, 'invalid_transition', `This session is ${row.status}: only a scheduled session starts.`);
  const first = readPhases(row.phases)[0]?.id ?? null;
  const started = await db.$executeRaw`
    UPDATE "LiveSession" SET "status" = 'live'
    WHERE "id" = ${id} AND "status" = 'scheduled'
      AND NOT EXISTS (SELECT 1 FROM "LiveSession" AS other WHERE other."processId" = ${process.id} AND other."status" = 'live')`;
  if (started === 0) {
    const live = await db.liveSession.count({ where: { processId: process.id, status: 'live' } });
    if (live > 0) throw new AppError(409, 'session_already_live', 'Another live session of this process is running: end it first.');
    throw new AppError(409, 'invalid_transition', 'This session has already started or ended.');
  }
  const now = new Date();
  await db.liveSession.update({ where: { id }, data: { startedAt: now, currentPhase: first } });
  if (first) await db.sessionPhase.create({ data: { sessionId: id, phaseId: first, startedAt: now } });
  await recordAudit({ actorId: actor.id, action: 'session.start', targetType: 'session', targetId: id });
  publishProcessEvent(process.id, { type: 'session', targetType: 'session', targetId: id });
  return sessionView(await requireSession(process, id), true);
}

/** The process's sessions, newest first, for staff. Participant counts are one aggregate. */
export async function listSessions(viewer: Viewer, process: ProcessState, query: { limit?: number; cursor?: [number, number, string] }) {
  if (!readsAllSessions(viewer, process)) enforceRun(viewer, process);
  const limit = query.limit ?? 25;
  const after = query.cursor
    ? { OR: [{ createdAt: { lt: new Date(query.cursor[1]) } }, { createdAt: new Date(query.cursor[1]), id: { lt: query.cursor[2] } }] }
    : {};
  const [rows, total] = await Promise.all([
    db.liveSession.findMany({ where: { processId: process.id, ...after }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: limit + 1 }),
    db.liveSession.count({ where: { processId: process.id } }),
  ]);
  const page = rows.slice(0, limit);
  const counts = await db.sessionParticipant.groupBy({ by: ['sessionId'], where: { sessionId: { in: page.map((row) => row.id) } }, _count: { _all: true } });
  const participants = new Map(counts.map((count) => [count.sessionId, count._count._all]));
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      title: row.title,
      status: row.status,
      code: row.joinCode,
      joinClosed: row.joinClosed,
      startedAt: row.startedAt?.toISOString() ?? null,
      endedAt: row.endedAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
      participants: participants.get(row.id) ?? 0,
    })),
    nextCursor: rows.length > limit && last ? encodeCursor([0, last.createdAt.getTime(), last.id]) : null,
    total,
  };
}

/** One session: whole for staff, without its code for those taking part in it. */
export async function getSession(viewer: Viewer, process: ProcessState, id: string) {
  const row = await requireSession(process, id);
  if (readsAllSessions(viewer, process)) return sessionView(row, true);
  if (viewer && (await isParticipant(id, viewer.id))) return sessionView(row, false);
  enforceRun(viewer, process);
  return sessionView(row, false);
}
