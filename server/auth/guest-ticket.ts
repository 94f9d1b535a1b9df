// The proof, good for a minute, that the join route has just made this guest: next-auth's guest
// provider signs in only whoever holds one, so nobody can sign in as a guest by naming their id.
import crypto from 'node:crypto';

import { SignJWT, jwtVerify } from 'jose';

const PURPOSE = 'guest-sign-in';

// A key of its own, derived from AUTH_SECRET, so a ticket is never a session or a collab token.
function key(secret = process.env.AUTH_SECRET): Uint8Array {
  if (!secret) throw new Error('AUTH_SECRET is not set: run `npm run demo` once, or set it in the environment.');
  return new Uint8Array(crypto.createHmac('sha256', secret).update('civictwin guest ticket v1').digest());
}

export function signGuestTicket(guestId: string, secret?: string): Promise<string> {
  return new SignJWT({ purpose: PURPOSE }).setProtectedHeader({ alg: 'HS256' }).setSubject(guestId).setIssuedAt().setExpirationTime('60s').sign(key(secret));
}

/** The guest's id, or null for a forged, expired or foreign ticket. */
export async function verifyGuestTicket(ticket: unknown, secret?: string): Promise<string | null> {
  if (typeof ticket !== 'string' || ticket.length > 1000) return null;
  try {
    const { payload } = await jwtVerify(ticket, key(secret), { algorithms: ['HS256'] });
    return payload.purpose === PURPOSE && typeof payload.sub === 'string' ? payload.sub : null;
  } catch {
    return null;
  }
}
