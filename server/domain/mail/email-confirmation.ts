// Confirming an e-mail address after sign-up: a mail with a link that works once, for two days.
// Notification mails go only to confirmed addresses (server/mail/notify.ts), so nobody is mailed
// updates at an address someone else typed.
import { z } from '@/lib/zod';
import type { Actor } from '@/server/auth/actor';
import { createRateLimiter } from '@/server/auth/rate-limit';
import { recordAudit } from '@/server/audit/record-audit';
import { db } from '@/server/db';
import type { Prisma } from '@/server/generated/prisma/client';
import { AppError, invalidInput } from '@/server/http/app-error';
import { issueToken, linkTokenSchema, redeemToken } from '@/server/links/one-time-token';
import { siteUrl } from '@/server/mail/mail-config';
import { enqueueMail } from '@/server/mail/enqueue-mail';
import type { Recipient } from '@/server/mail/render-mail';

export const CONFIRM_LINK_TTL_MS = 48 * 60 * 60_000;
export const RESENDS_PER_HOUR = 3;

const resends = createRateLimiter('confirmation-resends', RESENDS_PER_HOUR, 60 * 60_000);
const confirmSchema = z.object({ token: linkTokenSchema });

export function confirmPageUrl(token: string): string {
  return `${siteUrl()}/confirm-email/${token}`;
}

/** Writes the confirmation mail in the caller's transaction; an earlier link for this person stops working. */
export async function sendEmailConfirmation(person: Recipient, client: Prisma.TransactionClient = db): Promise<void> {
  const token = await issueToken({ purpose: 'email_confirm', subject: person.id, ttlMs: CONFIRM_LINK_TTL_MS, data: { email: person.email }, replacePrevious: true }, client);
  await enqueueMail(person, { kind: 'email_confirm', url: confirmPageUrl(token) }, client);
}

/** "Send the link again" from /me: three an hour per person; an address already confirmed gets no mail. */
export async function resendEmailConfirmation(actor: Actor): Promise<{ confirmed: boolean }> {
  const person = await db.user.findUnique({ where: { id: actor.id }, select: { id: true, name: true, email: true, locale: true, emailConfirmedAt: true } });
  if (!person?.email) throw new AppError(403, 'forbidden', 'This account has no e-mail address.');
  if (person.emailConfirmedAt) return { confirmed: true };
  if (!(await resends.hit(person.id))) throw new AppError(429, 'rate_limited', `At most ${RESENDS_PER_HOUR} confirmation mails an hour. Look for the last one, or try again later.`);
  await db.$transaction((tx) => sendEmailConfirmation({ id: person.id, name: person.name, email: person.email!, locale: person.locale }, tx));
  return { confirmed: false };
}

/** Uses the link: the address it was sent to is confirmed, if it is still the account's address. */
export async function confirmEmail(input: unknown, now = new Date()): Promise<void> {
  const parsed = confirmSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const done = await db.$transaction(async (tx) => {
    const grant = await redeemToken(parsed.data.token, 'email_confirm', tx, now);
    if (!grant || typeof grant.data.email !== 'string') return false;
    const { count } = await tx.user.updateMany({ where: { id: grant.subject, email: grant.data.email, deletedAt: null }, data: { emailConfirmedAt: now } });
    if (count !== 1) return false;
    await recordAudit({ actorId: grant.subject, action: 'user.email_confirm', targetType: 'user', targetId: grant.subject }, tx);
    return true;
  });
  if (!done) throw new AppError(410, 'invalid_link', 'This link no longer works: it was already used or has expired.');
}
