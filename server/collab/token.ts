// Short-lived tokens that let a browser into a process's room on the collab server.
import crypto from 'node:crypto';

import { SignJWT, jwtVerify } from 'jose';
import { z } from 'zod';

import { ROLES } from '@/lib/policy/roles';

export const TOKEN_TTL_SECONDS = 15 * 60;

const claimsSchema = z.object({
  sub: z.string().min(1),
  name: z.string().min(1),
  /** null: a signed-out visitor, who reads along live and may change nothing. */
  role: z.enum(ROLES).nullable(),
  pid: z.string().min(1),
});
export type CollabClaims = z.infer<typeof claimsSchema>;

// A key of its own, derived from AUTH_SECRET, so a collab token is never a valid session and back.
function signingKey(secret = process.env.AUTH_SECRET): Uint8Array {
  if (!secret) throw new Error('AUTH_SECRET is not set: run `npm run demo` once, or set it in the environment.');
  return new Uint8Array(crypto.createHmac('sha256', secret).update('civictwin collab token v1').digest());
}

export function signCollabToken(claims: CollabClaims, ttlSeconds = TOKEN_TTL_SECONDS, secret?: string): Promise<string> {
  return new SignJWT({ name: claims.name, role: claims.role, pid: claims.pid })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(signingKey(secret));
}

export const VISITOR_PREFIX = 'visitor:';
export const isVisitorClaims = (claims: CollabClaims) => claims.role === null && claims.sub.startsWith(VISITOR_PREFIX);

/** A read-only ticket for someone who is not signed in: a random id of its own, no role. */
export function signVisitorToken(pid: string, ttlSeconds = TOKEN_TTL_SECONDS, secret?: string): Promise<string> {
  return signCollabToken({ sub: `${VISITOR_PREFIX}${crypto.randomUUID()}`, name: 'visitor', role: null, pid }, ttlSeconds, secret);
}

/** The token's claims, or null when it is missing, forged, malformed or expired. */
export async function verifyCollabToken(token: string | null | undefined, secret?: string): Promise<CollabClaims | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, signingKey(secret), { algorithms: ['HS256'] });
    const parsed = claimsSchema.safeParse(payload);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const roomOfProcess = (processId: string) => `process:${processId}`;
