// Who is writing, checked on every write: signed in, not blocked, allowed by the role matrix,
// and within the write rate limit.
import { roleAllows, isRole, type Action, type Role } from '@/lib/policy/roles';
import { db } from '@/server/db';
import { AppError } from '@/server/http/app-error';

import { currentUser } from './auth';
import { createRateLimiter } from './rate-limit';

export type Actor = { id: string; name: string; role: Role };

// Tests that write a lot in a minute raise it with CIVICTWIN_WRITES_PER_MINUTE.
export const WRITES_PER_MINUTE = Number(process.env.CIVICTWIN_WRITES_PER_MINUTE ?? 30);
const writes = createRateLimiter(WRITES_PER_MINUTE, 60_000);

/** Pure check for tests and services: throws the contract's 401/403. */
export function authorize(actor: Actor | null, action: Action): asserts actor is Actor {
  if (!actor) throw new AppError(401, 'sign_in_required', 'Sign in to do this.');
  if (!roleAllows(actor.role, action)) throw new AppError(403, 'forbidden', 'Your role does not allow this.');
}

/** The signed-in person about to write, checked against the database (role and blocks take effect at once). */
export async function writingActor(action: Action): Promise<Actor> {
  const session = await currentUser();
  if (!session) throw new AppError(401, 'sign_in_required', 'Sign in to do this.');
  const user = await db.user.findUnique({ where: { id: session.id }, select: { id: true, name: true, role: true, blockedAt: true, deletedAt: true } });
  if (!user || user.deletedAt || !isRole(user.role)) throw new AppError(401, 'sign_in_required', 'Sign in to do this.');
  if (user.blockedAt) throw new AppError(403, 'blocked', 'A moderator has paused your participation.');
  const actor = { id: user.id, name: user.name, role: user.role };
  authorize(actor, action);
  if (!writes.hit(actor.id)) throw new AppError(429, 'rate_limited', `You are going a bit fast: at most ${WRITES_PER_MINUTE} changes a minute. Wait a moment and try again.`);
  return actor;
}

/** The signed-in person for reads that depend on who asks, or null. */
export async function readingActor(): Promise<Actor | null> {
  const session = await currentUser();
  return session ? { id: session.id, name: session.name, role: session.role } : null;
}
