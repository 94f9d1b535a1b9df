// Sign-in through the real pieces (address stamping, throttle defaults, database, bcrypt) on a fresh database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { prepareDatabase } from '@/server/collab/testing/harness';
import { CLIENT_ADDRESS_HEADER, clientAddress, createAddressStamper, parseTrustedProxies } from '@/server/http/client-address';

process.env.DATABASE_URL = prepareDatabase();
const { db } = await import('@/server/db');
const { hashPassword } = await import('./password');
const { verifyCredentials } = await import('./verify-credentials');

const OWNER = { email: 'owner@example.org', password: 'the owner’s own password' };

/** What a route handler sees for a request from `socket` carrying `forwardedFor`, as our web server stamps it. */
function addressOf(socket: string, forwardedFor: string, trustedProxy?: string) {
  const node = { socket: { remoteAddress: socket }, headers: { 'x-forwarded-for': forwardedFor } as Record<string, string> };
  createAddressStamper(parseTrustedProxies(trustedProxy))(node);
  return clientAddress(new Request('http://localhost/api/auth/callback/credentials', { headers: { [CLIENT_ADDRESS_HEADER]: node.headers[CLIENT_ADDRESS_HEADER] } }));
}

beforeAll(async () => {
  await db.user.create({ data: { name: 'Owner', email: OWNER.email, role: 'citizen', passwordHash: await hashPassword(OWNER.password) } });
});
afterAll(() => db.$disconnect());

describe('signing in under attack', () => {
  it('a guesser rotating X-Forwarded-For is still one address, and is slowed after five tries', async () => {
    const results = [];
    for (let i = 0; i < 7; i += 1) {
      results.push(await verifyCredentials({ email: 'target-1@example.org', password: `guess ${i}` }, addressOf('203.0.113.10', `198.51.100.${i}`)));
    }
    expect(results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual(['invalid', 'invalid', 'invalid', 'invalid', 'invalid', 'rate_limited', 'rate_limited']);
  });

  it('behind a trusted proxy, the address is the hop the proxy saw, whatever the client writes on the left', async () => {
    const results = [];
    for (let i = 0; i < 7; i += 1) {
      results.push(await verifyCredentials({ email: 'target-2@example.org', password: `guess ${i}` }, addressOf('10.0.0.2', `198.51.100.${i}, 203.0.113.20`, '10.0.0.0/8')));
    }
    expect(results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual(['invalid', 'invalid', 'invalid', 'invalid', 'invalid', 'rate_limited', 'rate_limited']);
  });

  it('a stranger who fails thirty times on an account does not lock its owner out', async () => {
    for (let i = 0; i < 30; i += 1) await verifyCredentials({ email: OWNER.email, password: `guess ${i}` }, addressOf('203.0.113.66', ''));
    const owner = await verifyCredentials(OWNER, addressOf('198.51.100.7', ''));
    expect(owner).toMatchObject({ ok: true, user: { email: OWNER.email } });
  });
});
