// How many accounts one address may try to create: a workshop room behind one address signs up
// freely, a script making accounts by the thousand does not.
import { AppError } from '@/server/http/app-error';

import { createRateLimiter, type RateLimiter } from './rate-limit';

// The end-to-end suite, which creates many accounts from 127.0.0.1, raises it with CIVICTWIN_SIGN_UPS_PER_HOUR.
export const SIGN_UPS_PER_HOUR = Number(process.env.CIVICTWIN_SIGN_UPS_PER_HOUR ?? 30);
const signUps = createRateLimiter('sign-ups', SIGN_UPS_PER_HOUR, 60 * 60_000);

/** Counts one sign-up attempt from `address`; throws a 429 past the hourly limit. */
export async function enforceSignUpLimit(address: string, limiter: RateLimiter = signUps): Promise<void> {
  if (!(await limiter.hit(address))) {
    throw new AppError(429, 'too_many_sign_ups', `At most ${SIGN_UPS_PER_HOUR} accounts an hour can be created from one address. Try again later.`);
  }
}
