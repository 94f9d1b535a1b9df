// The person behind a request, as the policy judges them: always read from the database, so a role
// taken away, a block or a deletion takes effect at once, whatever the sign-in token still says.
import type { Subject } from '@/lib/policy/subject';
import { db } from '@/server/db';

import { auth } from './auth';
import { SUBJECT_SELECT, toSubject } from './subject-row';

/** The account with this id as the policy sees it, or null when there is none. */
export async function loadSubject(userId: string): Promise<Subject | null> {
  const row = await db.user.findUnique({ where: { id: userId }, select: SUBJECT_SELECT });
  return row ? toSubject(row) : null;
}

/** The signed-in person as the policy sees them (deleted and blocked included), or null for a visitor. */
export async function currentSubject(): Promise<Subject | null> {
  const session = await auth();
  const id = session?.user?.id;
  return id ? loadSubject(id) : null;
}
