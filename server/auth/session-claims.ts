// Who signed in, read straight from the session cookie. next-auth's `auth()` runs its whole session
// action for that: it decrypts the token, encrypts a renewed one that it then drops (a route or a
// render cannot set it), and reads the user row for its session callback; under a 300-person
// dot-vote burst that was most of a vote's time (bench:live). Here the token is found and decrypted
// exactly as `auth()` does (the cookie name by AUTH_URL or X-Forwarded-Proto, the first of duplicate
// cookies, chunks, next-auth's secret and the cookie name as salt), and a token already decrypted is
// remembered until it expires; the person's row is read by the caller (server/auth/subject.ts).
import { decode, getToken } from 'next-auth/jwt';
import { headers } from 'next/headers';

export type SessionClaims = { userId: string; signedInAt: number };

const REMEMBERED_MAX = 5000;
// jose's tolerance in next-auth's decode: a token is still read this long after its expiry.
const CLOCK_TOLERANCE_MS = 15_000;
const remembered = new Map<string, { claims: SessionClaims; expiresAt: number }>();

/** next-auth's secret: AUTH_SECRET, else NEXTAUTH_SECRET, else the rotation list AUTH_SECRET_3, _2, _1 (@auth/core's env defaults). */
export function sessionSecrets(env: Record<string, string | undefined> = process.env): string[] {
  const secret = env.AUTH_SECRET ?? env.NEXTAUTH_SECRET;
  if (secret) return [secret];
  return [env.AUTH_SECRET_3, env.AUTH_SECRET_2, env.AUTH_SECRET_1].filter((key): key is string => !!key);
}

/**
 * The cookie's name as `auth()` chooses it (createActionURL in @auth/core): `__Secure-` when the site's
 * address (AUTH_URL, NEXTAUTH_URL) is https, or without one when X-Forwarded-Proto says https (https when absent).
 */
export function sessionCookieName(forwardedProto: string | null, publicUrl = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL): string {
  let protocol = `${(forwardedProto ?? 'https').replace(/:$/, '')}:`.toLowerCase();
  if (publicUrl) {
    try {
      protocol = new URL(publicUrl).protocol;
    } catch {
      // next-auth falls back the same way when AUTH_URL does not parse.
    }
  }
  return `${protocol === 'https:' ? '__Secure-' : ''}authjs.session-token`;
}

/** The token as next-auth's SessionStore finds it in a Cookie header: the first of duplicates, chunks joined in order. */
export async function sessionToken(cookieHeader: string, name: string): Promise<string | null> {
  // Only the Cookie header: getToken would also take an Authorization bearer, which next-auth's session does not.
  const token = await getToken({ req: { headers: new Headers({ cookie: cookieHeader }) }, cookieName: name, secureCookie: name.startsWith('__Secure-'), raw: true });
  return token || null;
}

/** The claims of a session token, or null when it is not ours, was tampered with or has expired. */
export async function decodeSession(token: string, salt: string, now = Date.now()): Promise<SessionClaims | null> {
  const key = `${salt}\n${token}`;
  const known = remembered.get(key);
  if (known && now < known.expiresAt) return known.claims;
  if (known) remembered.delete(key);
  const keys = sessionSecrets();
  if (keys.length === 0) return null;
  const payload = await decode({ token, secret: keys, salt }).catch(() => null);
  if (!payload?.sub || typeof payload.exp !== 'number' || payload.exp * 1000 + CLOCK_TOLERANCE_MS <= now) return null;
  const claims = { userId: payload.sub, signedInAt: Number(payload.signedInAt ?? 0) };
  if (remembered.size >= REMEMBERED_MAX) remembered.delete(remembered.keys().next().value!);
  remembered.set(key, { claims, expiresAt: payload.exp * 1000 + CLOCK_TOLERANCE_MS });
  return claims;
}

/** The signed-in person's id and sign-in time from this request's cookie, or null for a visitor. */
export async function sessionClaims(): Promise<SessionClaims | null> {
  const request = await headers();
  const name = sessionCookieName(request.get('x-forwarded-proto'));
  const token = await sessionToken(request.get('cookie') ?? '', name);
  return token ? decodeSession(token, name) : null;
}
