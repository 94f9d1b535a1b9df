// POST /api/users from one address, with the real hourly limit, on a fresh database.
import { afterAll, describe, expect, it, vi } from 'vitest';

import { prepareDatabase } from '@/server/collab/testing/harness';
import { CLIENT_ADDRESS_HEADER, createAddressStamper, parseTrustedProxies } from '@/server/http/client-address';

vi.mock('next-intl/server', () => ({ getLocale: async () => 'en' }));
// The route's GET (the admin's list) asks who is signed in; nobody is, here.
vi.mock('@/server/auth/session-claims', () => ({ sessionClaims: async () => null }));
vi.mock('@/server/auth/auth', () => ({ auth: async () => null }));
process.env.DATABASE_URL = prepareDatabase();
const { db } = await import('@/server/db');
const { POST } = await import('./route');
const { SIGN_UPS_PER_HOUR } = await import('@/server/auth/sign-up-limit');

createAddressStamper(parseTrustedProxies(undefined));
const signUp = (address: string, body: unknown) =>
  POST(new Request('http://localhost/api/users', { method: 'POST', headers: { 'content-type': 'application/json', [CLIENT_ADDRESS_HEADER]: address }, body: JSON.stringify(body) }));

afterAll(() => db.$disconnect());

describe('sign-up', () => {
  it(`takes ${SIGN_UPS_PER_HOUR} attempts an hour from one address, then answers 429 with a code the form translates`, async () => {
    expect(SIGN_UPS_PER_HOUR).toBe(30);
    for (let i = 0; i < SIGN_UPS_PER_HOUR; i += 1) expect((await signUp('203.0.113.5', { name: 'X', email: 'bad', password: '1' })).status).toBe(400);
    const refused = await signUp('203.0.113.5', { name: 'Sam Script', email: 'sam-script@example.org', password: 'a long enough password' });
    expect(refused.status).toBe(429);
    expect((await refused.json()).error.code).toBe('too_many_sign_ups');
    expect(await db.user.count({ where: { email: 'sam-script@example.org' } })).toBe(0);
  });

  it('another address still signs up', async () => {
    const response = await signUp('198.51.100.8', { name: 'Ana Other', email: 'ana-other@example.org', password: 'a long enough password' });
    expect(response.status).toBe(201);
  });
});
