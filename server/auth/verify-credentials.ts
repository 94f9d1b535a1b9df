// Checks an email and password for the Credentials provider, within the sign-in throttle
// (sign-in-throttle.ts says how fast anyone may guess).
import { credentialsSchema } from '@/lib/schemas/account';
import { isRole, type Role } from '@/lib/policy/roles';
import { db } from '@/server/db';
import { redisUrl } from '@/server/signals/redis-connection';

import { TIMING_DECOY_HASH, verifyPassword } from './password';
import { createSignInThrottle, type SignInThrottle } from './sign-in-throttle';
import { createRedisSignInThrottle } from './sign-in-throttle-redis';

export type SignedInUser = { id: string; name: string; email: string; role: Role };
export type CredentialsResult =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'rate_limited'; retryAfterMs: number };

// On globalThis: the sign-in route and the account deletion route are bundled apart, and must count one guess the same.
const shared = globalThis as typeof globalThis & { civictwinSignInThrottle?: SignInThrottle };
const url = redisUrl();
const throttle = (shared.civictwinSignInThrottle ??= url ? createRedisSignInThrottle(url) : createSignInThrottle());

export async function verifyCredentials(input: unknown, clientAddress: string, limits: SignInThrottle = throttle): Promise<CredentialsResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password } = parsed.data;
  const attempt = await limits.begin(clientAddress, email);
  if (!attempt.ok) return { ok: false, reason: 'rate_limited', retryAfterMs: attempt.retryAfterMs };

  try {
    const user = await db.user.findUnique({ where: { email } });
    const matches = await verifyPassword(password, user?.passwordHash ?? TIMING_DECOY_HASH);
    if (!user || !matches || user.deletedAt || !isRole(user.role) || user.role === 'guest') {
      attempt.failed();
      return { ok: false, reason: 'invalid' };
    }
    attempt.succeeded();
    return { ok: true, user: { id: user.id, name: user.name, email, role: user.role } };
  } finally {
    attempt.abandoned();
  }
}
