// Who is acting, checked on every request against the database: signed in, in good standing
// (not blocked, not deleted, guest of a live session) and within the write rate limit. What they
// may do to what is decided by the domain services through lib/policy.
import type { ErrorCode } from '@/lib/errors/codes';
import { standing, type Decision } from '@/lib/policy/decide';
import type { Subject, Viewer } from '@/lib/policy/subject';
import { AppError } from '@/server/http/app-error';

import { createRateLimiter } from './rate-limit';
import { currentSubject } from './subject';

/** Someone allowed to act at all; each service still asks `decide` for its action. */
export type Actor = Subject;

// Tests that write a lot in a minute raise it with CIVICTWIN_WRITES_PER_MINUTE.
export const WRITES_PER_MINUTE = Number(process.env.CIVICTWIN_WRITES_PER_MINUTE ?? 30);
const writes = createRateLimiter('writes', WRITES_PER_MINUTE, 60_000);

// For logs and API clients; people read the catalogue's sentence for the code.
const EXPLANATIONS: Partial<Record<ErrorCode, string>> = {
  sign_in_required: 'Sign in to do this.',
  account_deleted: 'This account has been deleted.',
  blocked: 'A moderator has paused your participation.',
  session_ended: 'The live session you joined has ended.',
  forbidden: 'Your role does not allow this.',
  not_yours: 'You can only change your own contributions.',
  not_found: 'This item does not exist or is not public.',
  process_not_found: 'There is no such planning process.',
  process_closed: 'This process is closed: it no longer takes contributions.',
  map_locked: 'The facilitator has locked the map.',
  hidden: 'A moderator has hidden this item.',
};

/** Throws the decision's refusal as the contract's error; does nothing when it allows. */
export function enforce(decision: Decision): void {
  if (!decision.ok) throw new AppError(decision.status, decision.code, EXPLANATIONS[decision.code] ?? 'This is not allowed.');
}

/** The signed-in person about to write, in good standing and within the write rate limit. */
export async function actingSubject(): Promise<Actor> {
  const subject = await currentSubject();
  enforce(standing(subject));
  const actor = subject as Actor;
  if (!(await writes.hit(actor.id))) throw new AppError(429, 'rate_limited', `You are going a bit fast: at most ${WRITES_PER_MINUTE} changes a minute. Wait a moment and try again.`);
  return actor;
}

/** The person reading, or null for a visitor; a blocked person still reads what is public. */
export async function viewingSubject(): Promise<Viewer> {
  return viewerOf(await currentSubject());
}

/** A deleted account reads as a visitor. */
export function viewerOf(subject: Subject | null): Viewer {
  return subject && !subject.deleted ? subject : null;
}
