// Who is connecting, to which room, under which rules: from the token and the database.
import type { IncomingMessage } from 'node:http';

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

const VISIBLE_STATUSES = ['open', 'closed', 'archived'];

export function roomFromRequest(request: IncomingMessage): { room: string; token: string | null } {
  const [path, query = ''] = (request.url ?? '/').split('?', 2);
  return { room: decodeURIComponent(path.slice(1)), token: new URLSearchParams(query).get('token') };
}

export function createAuthenticate(db: PrismaClient): Authenticate {
  return async (request) => {
    const { room, token } = roomFromRequest(request);
    const claims = await verifyCollabToken(token);
    if (!claims) return { ok: false, code: CLOSE_UNAUTHENTICATED, reason: 'missing, invalid or expired token' };
    if (room !== roomOfProcess(claims.pid)) return { ok: false, code: CLOSE_NO_ACCESS, reason: 'this token is for another room' };

    const [process, user] = await Promise.all([
      db.process.findUnique({ where: { id: claims.pid } }),
      db.user.findUnique({ where: { id: claims.sub }, select: { role: true, name: true, blockedAt: true, deletedAt: true } }),
    ]);
    if (!process || !VISIBLE_STATUSES.includes(process.status)) return { ok: false, code: CLOSE_NOT_FOUND, reason: 'no such process' };
    if (!user || user.deletedAt) return { ok: false, code: CLOSE_UNAUTHENTICATED, reason: 'unknown account' };
    if (user.blockedAt) return { ok: false, code: CLOSE_NO_ACCESS, reason: 'your participation has been blocked by a moderator' };

    return {
      ok: true,
      // The database's role and name win over the token's: a role taken away takes effect at once.
      actor: { id: claims.sub, name: user.name, role: user.role as Actor['role'] },
      room,
      processId: process.id,
      rules: {
        bounds: [process.boundsWest, process.boundsSouth, process.boundsEast, process.boundsNorth],
        closed: process.status !== 'open',
      },
    };
  };
}
