// The session cookie read as next-auth writes and reads it: the token it encrypts is decoded, anything
// else (another secret, a changed byte, an expired token, the wrong cookie name, another kind of
// token of ours) names nobody.
import { encode } from 'next-auth/jwt';
import { afterEach, beforeEach, expect, it } from 'vitest';

import { signCollabToken } from '@/server/collab/token';

import { decodeSession, sessionCookieName, sessionSecrets, sessionToken } from './session-claims';

const SECRET = 'session-claims-test-secret-0123456789';
const NAME = 'authjs.session-token';
const token = (claims: Record<string, unknown>, { secret = SECRET, salt = NAME, maxAge = 3600 } = {}) => encode({ token: claims, secret, salt, maxAge });

beforeEach(() => {
  process.env.AUTH_SECRET = SECRET;
});
afterEach(() => {
  process.env.AUTH_SECRET = SECRET;
  delete process.env.AUTH_SECRET_1;
  delete process.env.NEXTAUTH_SECRET;
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

it('names nobody for a collab token sent as the session cookie (signed, not encrypted, with its own key)', async () => {
  const collab = await signCollabToken({ sub: 'user-5', name: 'Five', role: 'citizen', pid: 'process-1' });
  expect(await decodeSession(collab, NAME)).toBeNull();
});

it('takes next-auth’s secret: AUTH_SECRET, else NEXTAUTH_SECRET, else the rotation list', () => {
  expect(sessionSecrets({ AUTH_SECRET: 'a', AUTH_SECRET_1: 'old', NEXTAUTH_SECRET: 'n' })).toEqual(['a']);
  expect(sessionSecrets({ NEXTAUTH_SECRET: 'n', AUTH_SECRET_1: 'old' })).toEqual(['n']);
  expect(sessionSecrets({ AUTH_SECRET_1: 'one', AUTH_SECRET_3: 'three' })).toEqual(['three', 'one']);
});

it('accepts a token of a previous secret only where next-auth does (no AUTH_SECRET, the rotation list)', async () => {
  const old = await token({ sub: 'user-3' }, { secret: 'the-previous-secret-0123456789abc' });
  process.env.AUTH_SECRET_1 = 'the-previous-secret-0123456789abc';
  expect(await decodeSession(old, NAME)).toBeNull();
  delete process.env.AUTH_SECRET;
  expect(await decodeSession(old, NAME)).toEqual({ userId: 'user-3', signedInAt: 0 });
});

it('forgets a remembered token once it has expired (after jose’s 15 s of tolerance)', async () => {
  const shortLived = await token({ sub: 'user-4' }, { maxAge: 60 });
  expect(await decodeSession(shortLived, NAME)).not.toBeNull();
  expect(await decodeSession(shortLived, NAME, Date.now() + 70_000)).not.toBeNull();
  expect(await decodeSession(shortLived, NAME, Date.now() + 76_000)).toBeNull();
});

it('names the cookie as next-auth does: by the site’s address when set, else by X-Forwarded-Proto', () => {
  expect(sessionCookieName('https', undefined)).toBe(`__Secure-${NAME}`);
  expect(sessionCookieName(null, undefined)).toBe(`__Secure-${NAME}`);
  expect(sessionCookieName('http', undefined)).toBe(NAME);
  // TLS ends before the proxy: the proxy says http, the public address says https.
  expect(sessionCookieName('http', 'https://plan.example.org')).toBe(`__Secure-${NAME}`);
  expect(sessionCookieName('https', 'http://localhost:3000')).toBe(NAME);
});

it('finds the token as next-auth does: chunks joined in order, the first of duplicates, nothing else', async () => {
  expect(await sessionToken(`${NAME}.1=two; other=x; ${NAME}.0=one; ${NAME}.2=three`, NAME)).toBe('onetwothree');
  expect(await sessionToken(`${NAME}=whole; authjs.csrf-token=c`, NAME)).toBe('whole');
  expect(await sessionToken(`${NAME}=first; ${NAME}=planted`, NAME)).toBe('first');
  expect(await sessionToken(`__Secure-${NAME}=secure`, NAME)).toBeNull();
  expect(await sessionToken(`${NAME}=`, NAME)).toBeNull();
  expect(await sessionToken('', NAME)).toBeNull();
});
