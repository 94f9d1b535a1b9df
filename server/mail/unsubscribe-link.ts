// The one-click unsubscribe link in every mail: an HMAC of the person's id, so it works without
// signing in and cannot be forged for someone else.
import { createHmac, timingSafeEqual } from 'node:crypto';

import { siteUrl } from './mail-config';

function secret(): string {
  const value = process.env.AUTH_SECRET || (process.env.NODE_ENV === 'test' ? 'test-only-unsubscribe-secret' : '');
  if (!value) throw new Error('AUTH_SECRET is not set');
  return value;
}

function sign(userId: string): string {
  return createHmac('sha256', secret()).update(`unsubscribe:${userId}`).digest('base64url');
}

export function unsubscribeSignature(userId: string): string {
  return sign(userId);
}

export function verifyUnsubscribe(userId: string, signature: string): boolean {
  const expected = Buffer.from(sign(userId));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** The page a person opens from the mail (it asks to confirm, so link scanners change nothing). */
export function unsubscribePageUrl(userId: string): string {
  return `${siteUrl()}/unsubscribe?u=${encodeURIComponent(userId)}&s=${sign(userId)}`;
}

/** What a mail client POSTs to for RFC 8058 one-click unsubscribe. */
export function unsubscribeApiUrl(userId: string): string {
  return `${siteUrl()}/api/unsubscribe?u=${encodeURIComponent(userId)}&s=${sign(userId)}`;
}
