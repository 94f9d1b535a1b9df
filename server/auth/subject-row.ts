// A User row as the policy's Subject. Free of next-auth, so the collab server can use it too.
import { isRole } from '@/lib/policy/roles';
import type { Subject } from '@/lib/policy/subject';

export const SUBJECT_SELECT = {
  id: true,
  name: true,
  role: true,
  blockedAt: true,
  deletedAt: true,
  guestSession: { select: { id: true, processId: true, status: true } },
} as const;

type SubjectRow = {
  id: string;
  name: string;
  role: string;
  blockedAt: Date | null;
  deletedAt: Date | null;
  guestSession: { id: string; processId: string; status: string } | null;
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
  };
}
