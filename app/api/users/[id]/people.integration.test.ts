// PATCH /api/users/<id> through the real route on a fresh database, with a real collab server: an
// administrator changes roles (never the last administrator's), the new role applies to the
// person's very next request, and a block closes the person's open socket.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { CLOSE_GONE } from '@/lib/collab/close-codes';
import { closedWithin, startFixture, type Fixture, type Person } from '@/server/collab/testing/fixture';

const signedIn = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('@/server/auth/session-claims', () => ({ sessionClaims: async () => (signedIn.userId ? { userId: signedIn.userId, signedInAt: Date.now() } : null) }));
vi.mock('@/server/auth/auth', () => ({ auth: async () => (signedIn.userId ? { user: { id: signedIn.userId } } : null) }));

type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;

let fixture: Fixture;
let PATCH: Handler;
let listUsers: (request: Request) => Promise<Response>;
let admin: Person;

beforeAll(async () => {
  fixture = await startFixture();
  ({ PATCH } = await import('./route'));
  ({ GET: listUsers } = await import('../route'));
  admin = await fixture.person('Ada Admin', 'admin');
}, 60_000);

afterAll(async () => {
  await fixture?.stop();
});

async function patch(as: Person, id: string, body: unknown) {
  signedIn.userId = as.id;
  const response = await PATCH(new Request(`http://localhost/api/users/${id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }), { params: Promise.resolve({ id }) });
  return { status: response.status, body: await response.json() };
}

async function list(as: Person) {
  signedIn.userId = as.id;
  return (await listUsers(new Request('http://localhost/api/users?limit=5'))).status;
}

describe('PATCH /api/users/<id>', () => {
  it('lets an administrator change a role (200), and logs it', async () => {
    const sam = await fixture.person('Sam Citizen');
    const answer = await patch(admin, sam.id, { role: 'facilitator' });
    expect(answer).toMatchObject({ status: 200, body: { user: { id: sam.id, role: 'facilitator' } } });
    expect((await fixture.db.user.findUniqueOrThrow({ where: { id: sam.id } })).role).toBe('facilitator');
    const entry = await fixture.db.auditLog.findFirstOrThrow({ where: { action: 'user.role', targetId: sam.id } });
    expect(entry.actorId).toBe(admin.id);
    expect(JSON.parse(entry.data)).toEqual({ from: 'citizen', to: 'facilitator' });
  });

  it('refuses everyone but administrators (403) and unknown roles (400)', async () => {
    const [fay, kim] = [await fixture.person('Fay', 'facilitator'), await fixture.person('Kim')];
    for (const who of [fay, kim, await fixture.person('Col', 'councillor')]) expect(await patch(who, kim.id, { role: 'admin' })).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    expect((await patch(admin, kim.id, { role: 'superuser' })).status).toBe(400);
    expect((await fixture.db.user.findUniqueOrThrow({ where: { id: kim.id } })).role).toBe('citizen');
  });

  it('never demotes the last administrator (409), and does once there is another', async () => {
    await fixture.db.user.updateMany({ where: { role: 'admin', id: { not: admin.id } }, data: { role: 'citizen' } });
    expect(await patch(admin, admin.id, { role: 'citizen' })).toMatchObject({ status: 409, body: { error: { code: 'last_admin' } } });
    const bea = await fixture.person('Bea', 'admin');
    expect(await patch(bea, admin.id, { role: 'councillor' })).toMatchObject({ status: 200 });
    expect(await patch(bea, bea.id, { role: 'citizen' })).toMatchObject({ status: 409, body: { error: { code: 'last_admin' } } });
    expect((await patch(bea, admin.id, { role: 'admin' })).status).toBe(200);
  });

  it('applies the new role to the person’s very next request, both ways', async () => {
    const lou = await fixture.person('Lou');
    expect(await list(lou)).toBe(403);
    expect((await patch(admin, lou.id, { role: 'admin' })).status).toBe(200);
    expect(await list(lou)).toBe(200);
    expect((await patch(admin, lou.id, { role: 'citizen' })).status).toBe(200);
    expect(await list(lou)).toBe(403);
  });

  it('blocks with a reason across the installation and closes the person’s open socket within a second', async () => {
    const pat = await fixture.person('Pat');
    const client = await fixture.join(pat);
    const blockedAt = Date.now();
    expect(await patch(admin, pat.id, { blocked: true, reason: 'Spam in every process' })).toMatchObject({ status: 200, body: { user: { blocked: true } } });
    const closed = await closedWithin(client, blockedAt);
    expect(closed).toMatchObject({ code: CLOSE_GONE, reason: expect.stringMatching(/^blocked:/) });
    expect(closed.afterMs).toBeLessThan(1500);
    expect((await fixture.db.user.findUniqueOrThrow({ where: { id: pat.id } })).blockedReason).toBe('Spam in every process');
    expect(await patch(admin, pat.id, { blocked: true, reason: 'again' })).toMatchObject({ status: 409, body: { error: { code: 'already_blocked' } } });
    expect(await patch(admin, pat.id, { blocked: false, reason: 'Apologised' })).toMatchObject({ status: 200 });
    expect(await fixture.db.auditLog.count({ where: { targetId: pat.id, action: { in: ['user.block', 'user.unblock'] } } })).toBe(2);
    expect(await patch(admin, admin.id, { blocked: true, reason: 'me' })).toMatchObject({ status: 403 });
  });
});
