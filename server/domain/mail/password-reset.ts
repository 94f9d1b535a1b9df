// Resetting a forgotten password by mail: asking reveals nothing about whether an address has an
// account; the link works once, within an hour, and using it signs the person out everywhere else.
import { z } from '@/lib/zod';
import { emailSchema, passwordSchema } from '@/lib/schemas/account';
import { recordAudit } from '@/server/audit/record-audit';
import { hashPassword } from '@/server/auth/password';
import { createRateLimiter } from '@/server/auth/rate-limit';
import { db } from '@/server/db';
import { AppError, invalidInput } from '@/server/http/app-error';
import { issueToken, linkTokenSchema, redeemToken } from '@/server/links/one-time-token';
import { siteUrl } from '@/server/mail/mail-config';
import { enqueueMail } from '@/server/mail/enqueue-mail';

export const RESET_LINK_TTL_MS = 60 * 60_000;
// Answers take at least this long, whether a mail was written or not, so timing tells nothing.
const MIN_ANSWER_MS = 250;

const perAddress = createRateLimiter('resets-per-address', Number(process.env.CIVICTWIN_RESETS_PER_ADDRESS ?? 10), 60 * 60_000);
const perEmail = createRateLimiter('resets-per-email', 3, 60 * 60_000);

const requestSchema = z.object({ email: emailSchema });
const completeSchema = z.object({ token: linkTokenSchema, password: passwordSchema });

export function resetPageUrl(token: string): string {
  return `${siteUrl()}/reset-password/${token}`;
}

async function untilElapsed(start: number, ms: number) {
  const left = start + ms - Date.now();
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
}

/** Writes a reset mail to the outbox when the address has an account; says nothing either way. */
export async function requestPasswordReset(input: unknown, clientAddress: string): Promise<void> {
  const start = Date.now();
  const parsed = requestSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { email } = parsed.data;
  if (!(await perAddress.hit(clientAddress)) || !(await perEmail.hit(email))) {
    throw new AppError(429, 'rate_limited', 'Too many reset requests. Wait an hour and try again.');
  }
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, locale: true, deletedAt: true, guestSessionId: true } });
  if (user?.email && !user.deletedAt && !user.guestSessionId) {
    await db.$transaction(async (tx) => {
      const token = await issueToken({ purpose: 'password_reset', subject: user.id, ttlMs: RESET_LINK_TTL_MS, replacePrevious: true }, tx);
      await enqueueMail({ id: user.id, name: user.name, email: user.email!, locale: user.locale }, { kind: 'password_reset', url: resetPageUrl(token) }, tx);
    });
  }
  await untilElapsed(start, MIN_ANSWER_MS);
}

/** Sets the new password if the link still works; every session signed in before now ends. */
export async function completePasswordReset(input: unknown): Promise<void> {
  const parsed = completeSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const passwordHash = await hashPassword(parsed.data.password);
  const done = await db.$transaction(async (tx) => {
    const grant = await redeemToken(parsed.data.token, 'password_reset', tx);
    if (!grant) return false;
    const now = new Date();
    const { count } = await tx.user.updateMany({ where: { id: grant.subject, deletedAt: null }, data: { passwordHash, sessionsValidFrom: now } });
    if (count !== 1) return false;
    await recordAudit({ actorId: grant.subject, action: 'user.password_reset', targetType: 'user', targetId: grant.subject, data: { signedOutElsewhere: true } }, tx);
    return true;
  });
  if (!done) throw new AppError(410, 'invalid_link', 'This link no longer works: it was already used or has expired.');
}
