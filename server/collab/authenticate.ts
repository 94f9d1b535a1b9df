// Who is connecting, to which room, under which rules: from the token and the database.
import type { IncomingMessage } from 'node:http';

import { mayEnter, type ProcessStatus } from '@/lib/policy/decide';
import { SUBJECT_SELECT, toSubject } from '@/server/auth/subject-row';
import type { PrismaClient } from '@/server/generated/prisma/client';

import type { Actor, RoomRules } from './guard';
import { roomOfProcess, verifyCollabToken } from './token';

export const CLOSE_UNAUTHENTICATED = 4401;
export const CLOSE_NO_ACCESS = 4403;
export const CLOSE_NOT_FOUND = 4404;

export type Admission =
  | { ok: true; actor: Actor; room: string; processId: string; rules: RoomRules }
  | { ok: false; code: number; reason: string };

export type Authenticate = (request: IncomingMessage) => Promise<Admission>;

export function roomFromRequest(request: IncomingMessage): { room: string; token: string | null } {
  const [path, query = ''] = (request.url ?? '/').split('?', 2);
  return { room: decodeURIComponent(path.slice(1)), token: new URLSearchParams(query).get('token') };
}

// Refusals at the door: a missing or expired token may be renewed; the others are for good.
const CLOSE_FOR: Record<string, number> = { sign_in_required: CLOSE_UNAUTHENTICATED, account_deleted: CLOSE_UNAUTHENTICATED, process_not_found: CLOSE_NOT_FOUND };

export function createAuthenticate(db: PrismaClient): Authenticate {
  return async (request) => {
    const { room, token } = roomFromRequest(request);
    const claims = await verifyCollabToken(token);
    if (!claims) return { ok: false, code: CLOSE_UNAUTHENTICATED, reason: 'missing, invalid or expired token' };
    if (room !== roomOfProcess(claims.pid)) return { ok: false, code: CLOSE_NO_ACCESS, reason: 'this token is for another room' };

    const [process, user] = await Promise.all([
      db.process.findUnique({ where: { id: claims.pid } }),
      db.user.findUnique({ where: { id: claims.sub }, select: SUBJECT_SELECT }),
    ]);
    if (!process) return { ok: false, code: CLOSE_NOT_FOUND, reason: 'no such process' };
    // The database's role and name win over the token's: a role taken away takes effect at once.
    const subject = user && toSubject(user);
    const state = { id: process.id, status: process.status as ProcessStatus };
    const entry = mayEnter(subject, state);
    if (!entry.ok) return { ok: false, code: CLOSE_FOR[entry.code] ?? CLOSE_NO_ACCESS, reason: `${entry.code}: you may not enter this map` };

    return {
      ok: true,
      actor: subject!,
      room,
      processId: process.id,
      rules: { bounds: [process.boundsWest, process.boundsSouth, process.boundsEast, process.boundsNorth], process: state },
    };
  };
}
