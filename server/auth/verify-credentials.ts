// Checks an email and password for the Credentials provider. Failed attempts are limited per
// email (against guessing one password) and per client address (against trying many accounts);
// successful ones are not counted, so a workshop room behind one address can sign in freely.
import { credentialsSchema } from '@/lib/schemas/account';
import { isRole, type Role } from '@/lib/policy/roles';
import { db } from '@/server/db';

import { TIMING_DECOY_HASH, verifyPassword } from './password';
import { createRateLimiter } from './rate-limit';

export type SignedInUser = { id: string; name: string; email: string; role: Role };
export type CredentialsResult = { ok: true; user: SignedInUser } | { ok: false; reason: 'invalid' | 'rate_limited' };

const ATTEMPT_WINDOW_MS = 15 * 60 * 1000;
const failuresPerEmail = createRateLimiter(10, ATTEMPT_WINDOW_MS);
const failuresPerAddress = createRateLimiter(100, ATTEMPT_WINDOW_MS);

export async function verifyCredentials(input: unknown, clientAddress: string): Promise<CredentialsResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password } = parsed.data;
  if (failuresPerEmail.exhausted(email) || failuresPerAddress.exhausted(clientAddress)) return { ok: false, reason: 'rate_limited' };

  const user = await db.user.findUnique({ where: { email } });
  const matches = await verifyPassword(password, user?.passwordHash ?? TIMING_DECOY_HASH);
  if (!user || !matches || user.deletedAt || !isRole(user.role) || user.role === 'guest') {
    failuresPerEmail.hit(email);
    failuresPerAddress.hit(clientAddress);
    return { ok: false, reason: 'invalid' };
  }
  failuresPerEmail.reset(email);
  return { ok: true, user: { id: user.id, name: user.name, email, role: user.role } };
}
