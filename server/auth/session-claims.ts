// Who signed in, read straight from the session cookie. next-auth's `auth()` runs its whole session
// action for that: it decrypts the token, encrypts a renewed one that a route or a render cannot set
// anyway, and reads the user row for its session callback; under a 300-person dot-vote burst that
// was most of a vote's time (bench:live). Here the token is decrypted as next-auth does (same cookie
// name, same chunks, same secrets and salt) and a token already decrypted is remembered until it
// expires; the person's row is read by the caller (server/auth/subject.ts). The renewal stays with
// GET /api/auth/session, which next-auth's client asks.
import { decode } from 'next-auth/jwt';
import { cookies, headers } from 'next/headers';

export type SessionClaims = { userId: string; signedInAt: number };

type CookieJar = { getAll(): { name: string; value: string }[] };

const REMEMBERED_MAX = 5000;
const remembered = new Map<string, { claims: SessionClaims; expiresAt: number }>();

/** As @auth/core's env defaults: AUTH_SECRET_3, _2, _1 (rotation), then AUTH_SECRET. */
function secrets(env: NodeJS.ProcessEnv = process.env): string[] {
  return [env.AUTH_SECRET_3, env.AUTH_SECRET_2, env.AUTH_SECRET_1, env.AUTH_SECRET].filter((secret): secret is string => !!secret);
}

/** As next-auth's session action names the cookie: `__Secure-` when the request came over HTTPS. */
export function sessionCookieName(forwardedProto: string | null): string {
  const https = (forwardedProto ?? 'https').split(',')[0].trim() === 'https';
  return `${https ? '__Secure-' : ''}authjs.session-token`;
}

/** The token, whole or in numbered chunks (`name.0`, `name.1`, …) as next-auth splits a long one. */
export function sessionToken(jar: CookieJar, name: string): string | null {
  const parts = jar
    .getAll()
    .filter((cookie) => (cookie.name === name || cookie.name.startsWith(`${name}.`)) && cookie.value)
    .map((cookie) => ({ index: cookie.name === name ? 0 : Number.parseInt(cookie.name.slice(name.length + 1), 10) || 0, value: cookie.value }))
    .sort((a, b) => a.index - b.index);
  return parts.length > 0 ? parts.map((part) => part.value).join('') : null;
}

/** The claims of a session token, or null when it is not ours, was tampered with or has expired. */
export async function decodeSession(token: string, salt: string, now = Date.now()): Promise<SessionClaims | null> {
  const key = `${salt}\n${token}`;
  const known = remembered.get(key);
  if (known && now < known.expiresAt) return known.claims;
  if (known) remembered.delete(key);
  const keys = secrets();
  if (keys.length === 0) return null;
  const payload = await decode({ token, secret: keys, salt }).catch(() => null);
  if (!payload?.sub || typeof payload.exp !== 'number' || payload.exp * 1000 <= now) return null;
  const claims = { userId: payload.sub, signedInAt: Number(payload.signedInAt ?? 0) };
  if (remembered.size >= REMEMBERED_MAX) remembered.delete(remembered.keys().next().value!);
  remembered.set(key, { claims, expiresAt: payload.exp * 1000 });
  return claims;
}

/** The signed-in person's id and sign-in time from this request's cookie, or null for a visitor. */
export async function sessionClaims(): Promise<SessionClaims | null> {
  const name = sessionCookieName((await headers()).get('x-forwarded-proto'));
  const token = sessionToken(await cookies(), name);
  return token ? decodeSession(token, name) : null;
}
