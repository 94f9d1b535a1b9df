// A person signs in through next-auth's own handlers, as the browser does; the cookie it writes is then
// read by next-auth's auth() and by sessionClaims(): both must name the same person, in each set-up a
// deployment has (plain http, TLS at the proxy, TLS before the proxy with AUTH_URL).
import { beforeEach, expect, it, vi } from 'vitest';

const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock('next/headers', () => ({ headers: async () => request.headers }));
vi.mock('@/server/auth/verify-credentials', () => ({ verifyCredentials: async () => ({ ok: true, user: { id: 'alice', name: 'Alice', email: 'alice@example.org', role: 'citizen' } }) }));
vi.mock('@/server/db', () => ({ db: { user: { findUnique: async () => ({ role: 'citizen', sessionsValidFrom: null }) } } }));

process.env.AUTH_SECRET = 'roundtrip-test-secret-0123456789abcdef';
const { NextRequest } = await import('next/server');
const { auth, handlers } = await import('./auth');
const { sessionClaims } = await import('./session-claims');

const firstParts = (response: Response) => response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);

/** Signs in at `origin` (the URL Next gives the handler) with the proxy's X-Forwarded-Proto; returns the cookie's name and who each reader sees. */
async function signInAndRead(origin: string, forwardedProto: string) {
  const base = { host: 'plan.example.org', 'x-forwarded-proto': forwardedProto };
  const csrf = await handlers.GET(new NextRequest(`${origin}/api/auth/csrf`, { headers: base }));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signedIn = await handlers.POST(
    new NextRequest(`${origin}/api/auth/callback/credentials`, {
      method: 'POST',
      headers: { ...base, cookie: firstParts(csrf).join('; '), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrfToken, email: 'alice@example.org', password: 'secret', redirect: 'false' }),
    }),
  );
  const session = firstParts(signedIn).filter((cookie) => cookie.includes('session-token'));
  request.headers = new Headers({ ...base, cookie: session.join('; ') });
  const byNextAuth = ((await auth()) as { user?: { id?: string } } | null)?.user?.id ?? null;
  const byClaims = (await sessionClaims())?.userId ?? null;
  return { cookie: session.map((cookie) => cookie.split('=')[0]), byNextAuth, byClaims };
}

beforeEach(() => {
  delete process.env.AUTH_URL;
});

it('plain http, no AUTH_URL', async () => {
  expect(await signInAndRead('http://localhost:3000', 'http')).toEqual({ cookie: ['authjs.session-token'], byNextAuth: 'alice', byClaims: 'alice' });
});

it('TLS at the proxy, no AUTH_URL', async () => {
  expect(await signInAndRead('https://localhost:3000', 'https')).toEqual({ cookie: ['__Secure-authjs.session-token'], byNextAuth: 'alice', byClaims: 'alice' });
});

it('TLS before the proxy (it says http), AUTH_URL https', async () => {
  process.env.AUTH_URL = 'https://plan.example.org';
  expect(await signInAndRead('http://localhost:3000', 'http')).toEqual({ cookie: ['__Secure-authjs.session-token'], byNextAuth: 'alice', byClaims: 'alice' });
});

it('TLS at the proxy, AUTH_URL https', async () => {
  process.env.AUTH_URL = 'https://plan.example.org';
  expect(await signInAndRead('https://localhost:3000', 'https')).toEqual({ cookie: ['__Secure-authjs.session-token'], byNextAuth: 'alice', byClaims: 'alice' });
});
