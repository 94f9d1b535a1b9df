// The session cookie read as next-auth writes it: the token it encrypts is decoded, anything else
// (another secret, a changed byte, an expired token, the wrong cookie name) names nobody.
import { encode } from 'next-auth/jwt';
import { afterEach, beforeEach, expect, it } from 'vitest';

import { decodeSession, sessionCookieName, sessionToken } from './session-claims';

const SECRET = 'session-claims-test-secret-0123456789';
const NAME = 'authjs.session-token';
const jar = (cookies: Record<string, string>) => ({ getAll: () => Object.entries(cookies).map(([name, value]) => ({ name, value })) });
const token = (claims: Record<string, unknown>, { secret = SECRET, salt = NAME, maxAge = 3600 } = {}) => encode({ token: claims, secret, salt, maxAge });

beforeEach(() => {
  process.env.AUTH_SECRET = SECRET;
});
afterEach(() => {
  delete process.env.AUTH_SECRET_1;
});

it('reads the person and the sign-in time from a token next-auth encoded', async () => {
  expect(await decodeSession(await token({ sub: 'user-1', signedInAt: 1234 }), NAME)).toEqual({ userId: 'user-1', signedInAt: 1234 });
});

it('names nobody for a token of another secret, a changed byte, the wrong salt or no subject', async () => {
  expect(await decodeSession(await token({ sub: 'user-1' }, { secret: 'another-secret-0123456789abcdef' }), NAME)).toBeNull();
  const good = await token({ sub: 'user-2' });
  const tampered = good.slice(0, -5) + (good.at(-5) === 'A' ? 'B' : 'A') + good.slice(-4);
  expect(await decodeSession(tampered, NAME)).toBeNull();
  expect(await decodeSession(good, `__Secure-${NAME}`)).toBeNull();
  expect(await decodeSession(await token({ name: 'no subject' }), NAME)).toBeNull();
  expect(await decodeSession('not-a-token', NAME)).toBeNull();
});

it('accepts a token of a previous secret while it is still listed (AUTH_SECRET_1)', async () => {
  const old = await token({ sub: 'user-3' }, { secret: 'the-previous-secret-0123456789abc' });
  expect(await decodeSession(old, NAME)).toBeNull();
  process.env.AUTH_SECRET_1 = 'the-previous-secret-0123456789abc';
  expect(await decodeSession(old, NAME)).toEqual({ userId: 'user-3', signedInAt: 0 });
});

it('forgets a remembered token once it has expired', async () => {
  const shortLived = await token({ sub: 'user-4' }, { maxAge: 60 });
  expect(await decodeSession(shortLived, NAME)).not.toBeNull();
  expect(await decodeSession(shortLived, NAME, Date.now() + 61_000)).toBeNull();
});

it('uses the __Secure- cookie over HTTPS, as next-auth names it', () => {
  expect(sessionCookieName('https')).toBe(`__Secure-${NAME}`);
  expect(sessionCookieName('https,http')).toBe(`__Secure-${NAME}`);
  expect(sessionCookieName('http')).toBe(NAME);
});

it('joins a long token from its numbered chunks in order, and ignores other cookies', () => {
  expect(sessionToken(jar({ [`${NAME}.1`]: 'two', other: 'x', [`${NAME}.0`]: 'one', [`${NAME}.2`]: 'three' }), NAME)).toBe('onetwothree');
  expect(sessionToken(jar({ [NAME]: 'whole', 'authjs.csrf-token': 'c' }), NAME)).toBe('whole');
  expect(sessionToken(jar({ [`__Secure-${NAME}`]: 'secure' }), NAME)).toBeNull();
  expect(sessionToken(jar({ [NAME]: '' }), NAME)).toBeNull();
});
