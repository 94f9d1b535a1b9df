// A User row as the policy's Subject. Free of next-auth, so the collab server can use it too.
import { isRole, type Role } from '@/lib/policy/roles';
import type { Subject } from '@/lib/policy/subject';

export const SUBJECT_SELECT = {
  id: true,
  name: true,
  role: true,
  blockedAt: true,
  deletedAt: true,
  guestSession: { select: { id: true, processId: true, status: true } },
  // Only the removals that still count: from a session that has not ended.
  sessionsJoined: { where: { removedAt: { not: null }, session: { status: { not: 'ended' } } }, select: { session: { select: { processId: true } } } },
} as const;

/** The subject's columns and the e-mail address: what a page needs of the person reading it. */
export const ACCOUNT_SELECT = { ...SUBJECT_SELECT, email: true } as const;

/** The signed-in user as pages show them. */
export type CurrentUser = { id: string; name: string; email: string; role: Role };

type SubjectRow = {
  id: string;
  name: string;
  role: string;
  blockedAt: Date | null;
  deletedAt: Date | null;
  guestSession: { id: string; processId: string; status: string } | null;
  sessionsJoined?: { session: { processId: string } }[];
};

export function toSubject(row: SubjectRow): Subject | null {
  if (!isRole(row.role)) return null;
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    blocked: !!row.blockedAt,
    deleted: !!row.deletedAt,
    guestOf: row.guestSession ? { sessionId: row.guestSession.id, processId: row.guestSession.processId, ended: row.guestSession.status === 'ended' } : null,
    ...(row.sessionsJoined?.length ? { removedFrom: row.sessionsJoined.map((joined) => joined.session.processId) } : {}),
  };
}

/** The user the row names, or null when the account is deleted or its role unknown. */
export function toCurrentUser(row: SubjectRow & { email: string | null }): CurrentUser | null {
  if (row.deletedAt || !isRole(row.role)) return null;
  return { id: row.id, name: row.name, email: row.email ?? '', role: row.role };
}
