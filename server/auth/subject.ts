// The person behind a request, as the policy judges them: always read from the database, so a role
// taken away, a block or a deletion takes effect at once, whatever the sign-in token still says.
import type { Subject } from '@/lib/policy/subject';
import { db } from '@/server/db';

import { sessionClaims } from './session-claims';
import { ACCOUNT_SELECT, SUBJECT_SELECT, toSubject } from './subject-row';

/** The account with this id as the policy sees it, or null when there is none. */
export async function loadSubject(userId: string): Promise<Subject | null> {
  const row = await db.user.findUnique({ where: { id: userId }, select: SUBJECT_SELECT });
  return row ? toSubject(row) : null;
}

/**
 * The signed-in person's row (the subject's columns and the e-mail address), or null for a visitor; a
 * password reset ends every session signed in before it, so such a token names nobody.
 */
export async function signedInAccount() {
  const claims = await sessionClaims();
  if (!claims) return null;
  const row = await db.user.findUnique({ where: { id: claims.userId }, select: { ...ACCOUNT_SELECT, sessionsValidFrom: true } });
  if (!row || (row.sessionsValidFrom && claims.signedInAt < row.sessionsValidFrom.getTime())) return null;
  return row;
}

/** The signed-in person as the policy sees them (deleted and blocked included), or null for a visitor. */
export async function currentSubject(): Promise<Subject | null> {
  const row = await signedInAccount();
  return row && toSubject(row);
}
