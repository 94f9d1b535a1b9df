// Who is connecting, to which room, under which rules: from the token and the database.
import type { IncomingMessage } from 'node:http';

import { CLOSE_FORBIDDEN, CLOSE_GONE, CLOSE_UNAUTHENTICATED, goneReasonFor } from '@/lib/collab/close-codes';
import { mayEnter, mayOpenProcess } from '@/lib/policy/decide';
import type { ErrorCode } from '@/lib/errors/codes';
import { SUBJECT_SELECT, toSubject } from '@/server/auth/subject-row';
import type { PrismaClient } from '@/server/generated/prisma/client';

import type { Actor, RoomRules } from './guard';
import { liveRulesOf, processState, rulesOf } from './room-rules';
import { isVisitorClaims, roomOfProcess, verifyCollabToken } from './token';

export type Admission =
  /** `actor: null` is a signed-out visitor, known by `visitorId`: they read along and change nothing. */
  | { ok: true; actor: Actor | null; visitorId: string | null; room: string; processId: string; rules: RoomRules }
  | { ok: false; code: number; reason: string };

export type Authenticate = (request: IncomingMessage) => Promise<Admission>;

export function roomFromRequest(request: IncomingMessage): { room: string; token: string | null } {
  const [path, query = ''] = (request.url ?? '/').split('?', 2);
  return { room: decodeURIComponent(path.slice(1)), token: new URLSearchParams(query).get('token') };
}

// Refusals at the door: an unknown account may get a new token; the others are for good (close-codes.ts).
const refusal = (code: ErrorCode) =>
  code === 'sign_in_required' ? { code: CLOSE_UNAUTHENTICATED, reason: `${code}: sign in again` } : { code: CLOSE_GONE, reason: `${goneReasonFor(code)}: ${code}` };

export function createAuthenticate(db: PrismaClient): Authenticate {
  return async (request) => {
    const { room, token } = roomFromRequest(request);
    const claims = await verifyCollabToken(token);
    if (!claims) return { ok: false, code: CLOSE_UNAUTHENTICATED, reason: 'missing, invalid or expired token' };
    if (room !== roomOfProcess(claims.pid)) return { ok: false, code: CLOSE_FORBIDDEN, reason: 'this token is for another room' };
    const visitor = isVisitorClaims(claims);

    const [process, user, live] = await Promise.all([
      db.process.findUnique({ where: { id: claims.pid } }),
      visitor ? null : db.user.findUnique({ where: { id: claims.sub }, select: SUBJECT_SELECT }),
      liveRulesOf(db, [claims.pid]),
    ]);
    if (!process) return { ok: false, ...refusal('process_not_found') };
    const state = processState(process);
    if (visitor && !mayOpenProcess(null, state)) return { ok: false, ...refusal('process_not_found') };
    // The database's role and name win over the token's: a role taken away takes effect at once.
    const subject = user && toSubject(user);
    const entry = visitor ? null : mayEnter(subject, state);
    if (entry && !entry.ok) return { ok: false, ...refusal(entry.code) };

    return {
      ok: true,
      actor: visitor ? null : subject!,
      visitorId: visitor ? claims.sub : null,
      room,
      processId: process.id,
      rules: rulesOf(process, live.get(process.id) ?? null),
    };
  };
}
