// Deleting one's account asks for the password: those guesses go through the sign-in throttle, so
// this form is no way round it; the owner, from another address, still gets in.
import { beforeAll, expect, it, vi } from 'vitest';

import type { PrismaClient } from '@/server/generated/prisma/client';

const signedIn = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('@/server/auth/session-claims', () => ({ sessionClaims: async () => (signedIn.userId ? { userId: signedIn.userId, signedInAt: Date.now() } : null) }));
vi.mock('@/server/auth/auth', async () => {
  const { ACCOUNT_SELECT, toCurrentUser } = await import('@/server/auth/subject-row');
  return {
    auth: async () => (signedIn.userId ? { user: { id: signedIn.userId } } : null),
    async currentUser() {
      const { db } = await import('@/server/db');
      const row = signedIn.userId ? await db.user.findUnique({ where: { id: signedIn.userId }, select: ACCOUNT_SELECT }) : null;
      return row && toCurrentUser(row);
    },
    signOut: async () => undefined,
  };
});

let db: PrismaClient;
let DELETE: (request: Request) => Promise<Response>;
let GET: (request: Request) => Promise<Response>;

beforeAll(async () => {
  const { prepareDatabase } = await import('@/server/collab/testing/harness');
  process.env.DATABASE_URL = prepareDatabase();
  db = (await import('@/server/db')).db;
  const { hashPassword } = await import('@/server/auth/password');
  signedIn.userId = (await db.user.create({ data: { name: 'Owner', email: 'owner@example.org', role: 'citizen', passwordHash: await hashPassword('the right password') } })).id;
  ({ DELETE, GET } = await import('./route'));
}, 60_000);

async function deleteAccount(password: string, address: string) {
  const response = await DELETE(new Request('http://localhost/api/me', { method: 'DELETE', headers: { 'content-type': 'application/json', 'x-forwarded-for': address }, body: JSON.stringify({ password }) }));
  return { status: response.status, code: ((await response.json()) as { error?: { code: string } }).error?.code };
}

it('tells a page rendered without the person who is asking: their own name, role and standing, never kept', async () => {
  const response = await GET(new Request('http://localhost/api/me'));
  expect(response.headers.get('cache-control')).toBe('private, no-store');
  expect(await response.json()).toEqual({
    user: { id: signedIn.userId, name: 'Owner', role: 'citizen' },
    viewer: { id: signedIn.userId, name: 'Owner', role: 'citizen', blocked: false, deleted: false, guestOf: null },
  });
  const visitor = signedIn.userId;
  signedIn.userId = null;
  expect(await (await GET(new Request('http://localhost/api/me'))).json()).toEqual({ user: null, viewer: null });
  signedIn.userId = visitor;
});

it('slows password guesses like sign-in does, without locking the owner out', async () => {
  for (let guess = 0; guess < 5; guess += 1) expect(await deleteAccount(`guess ${guess}`, '203.0.113.7')).toEqual({ status: 403, code: 'wrong_password' });
  expect(await deleteAccount('guess 5', '203.0.113.7')).toEqual({ status: 429, code: 'rate_limited' });
  expect(await deleteAccount('the right password', '203.0.113.7')).toEqual({ status: 429, code: 'rate_limited' });
  expect((await db.user.findUniqueOrThrow({ where: { id: signedIn.userId! } })).deletedAt).toBeNull();
  expect(await deleteAccount('the right password', '198.51.100.20')).toEqual({ status: 200, code: undefined });
  expect((await db.user.findUniqueOrThrow({ where: { id: signedIn.userId! } })).deletedAt).not.toBeNull();
});
