// Joining a live session with its code: a signed-in person joins as themselves, anyone else becomes
// a guest of that session (the route signs them in). Guessing codes costs tries per address.
import { z } from '@/lib/zod';

import { normalizeJoinCode } from '@/lib/live/join-code';
import { PARTICIPANT_SIGNAL } from '@/lib/live/session-signal';
import { isPublicProcess, standing } from '@/lib/policy/decide';
import type { Viewer } from '@/lib/policy/subject';
import { wellFormedText } from '@/lib/schemas/text';
import { enforce } from '@/server/auth/actor';
import { createRateLimiter } from '@/server/auth/rate-limit';
import { db } from '@/server/db';
import { AppError } from '@/server/http/app-error';

import { publishProcessEvent } from '../events/process-events';
import { parseInput } from './session-input';

/** Wrong codes one address may try in ten minutes; right ones are never counted, so a hall of people behind one router all get in. */
export const WRONG_CODES_PER_WINDOW = 10;
const wrongCodes = createRateLimiter('wrong-join-codes', WRONG_CODES_PER_WINDOW, 10 * 60_000);

const joinSchema = z.strictObject({
  code: wellFormedText().max(40),
  // Shown as text everywhere (never as HTML), so any character may be in it.
  name: wellFormedText().trim().min(1, 'empty').max(60, 'nameTooLong').optional(),
});

export type JoinAnswer = { process: string; session: string };
/** `newGuest`: the guest just made for this person, whom the route signs in. */
export type JoinResult = JoinAnswer & { newGuest: string | null };

const doorClosed = () => new AppError(403, 'join_closed', 'The facilitator has closed this session to newcomers.');

const invalidCode = () => new AppError(404, 'join_code_invalid', 'This code does not open a live session: check it, or ask the facilitator.');

export async function joinSession(viewer: Viewer, input: unknown, address: string): Promise<JoinResult> {
  if (await wrongCodes.exhausted(address)) throw new AppError(429, 'rate_limited', 'Too many wrong codes from this address: wait a few minutes and try again.');
  const { code, name } = parseInput(joinSchema, input);
  const joinCode = normalizeJoinCode(code);
  const session = joinCode ? await db.liveSession.findUnique({ where: { joinCode }, include: { process: { select: { slug: true, status: true } } } }) : null;
  if (!session || session.status !== 'live' || !isPublicProcess(session.process.status)) {
    await wrongCodes.hit(address);
    throw invalidCode();
  }
  const answer = { process: session.process.slug, session: session.id };

  // Already this session's guest (a second join from the same browser), or an account: as themselves.
  const asThemselves = viewer && (viewer.role !== 'guest' || (viewer.guestOf?.sessionId === session.id && !viewer.deleted));
  if (asThemselves) {
    enforce(standing(viewer));
    // A closed door keeps out only those who were never in: a reload or a second join still gets in.
    if (session.joinClosed && !(await db.sessionParticipant.findUnique({ where: { sessionId_userId: { sessionId: session.id, userId: viewer.id } }, select: { id: true } }))) {
      throw doorClosed();
    }
    const participant = await db.sessionParticipant.upsert({
      where: { sessionId_userId: { sessionId: session.id, userId: viewer.id } },
      create: { sessionId: session.id, userId: viewer.id, displayName: viewer.name },
      update: {},
    });
    if (participant.removedAt) throw new AppError(403, 'removed_from_session', 'The facilitator has removed you from this session.');
    publishProcessEvent(session.processId, PARTICIPANT_SIGNAL(session.id));
    return { ...answer, newGuest: null };
  }

  if (session.joinClosed) throw doorClosed();
  if (!name) throw new AppError(400, 'invalid_input', 'Say the name others will see.', { field: 'name', problem: 'missing' });
  const guest = await db.user.create({
    data: { name, role: 'guest', guestSessionId: session.id, sessionsJoined: { create: { sessionId: session.id, displayName: name } } },
    select: { id: true },
  });
  publishProcessEvent(session.processId, PARTICIPANT_SIGNAL(session.id));
  return { ...answer, newGuest: guest.id };
}
