// Invitations through the real routes on a fresh database: an admin makes a link, it gives its role
// once (by signing up or by accepting while signed in), then never again; an expired one never.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { prepareDatabase } from '@/server/collab/testing/harness';
import type { PrismaClient } from '@/server/generated/prisma/client';

const signedIn = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('@/server/auth/session-claims', () => ({ sessionClaims: async () => (signedIn.userId ? { userId: signedIn.userId, signedInAt: Date.now() } : null) }));
vi.mock('@/server/auth/auth', () => ({ auth: async () => (signedIn.userId ? { user: { id: signedIn.userId } } : null) }));
vi.mock('next-intl/server', () => ({ getLocale: async () => 'en' }));

type Route = (request: Request) => Promise<Response>;
let db: PrismaClient;
let create: Route;
let accept: Route;
let signUp: Route;
let list: Route;
let withdraw: (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
let createInvitation: typeof import('@/server/domain/invitations/invitations').createInvitation;
let admin: { id: string };

beforeAll(async () => {
  process.env.DATABASE_URL = prepareDatabase();
  ({ db } = await import('@/server/db'));
  ({ POST: create, GET: list } = await import('./route'));
  ({ POST: withdraw } = await import('./[id]/withdraw/route'));
  ({ POST: accept } = await import('./accept/route'));
  ({ POST: signUp } = await import('../users/route'));
  ({ createInvitation } = await import('@/server/domain/invitations/invitations'));
  admin = await db.user.create({ data: { name: 'Ada', role: 'admin', email: 'ada@example.org' } });
}, 60_000);

afterAll(() => db?.$disconnect());

async function call(route: Route, as: string | null, body: unknown) {
  signedIn.userId = as;
  const response = await route(new Request('http://localhost/api', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));
  return { status: response.status, body: await response.json() };
}

const tokenOf = (path: string) => path.replace('/invite/', '');
const person = (email: string) => ({ name: 'Ines Vited', email, password: 'a long enough password' });

describe('invitations', () => {
  it('only administrators create them, for facilitators or councillors', async () => {
    const facilitator = await db.user.create({ data: { name: 'Fay', role: 'facilitator', email: 'fay@example.org' } });
    expect(await call(create, facilitator.id, { role: 'facilitator' })).toMatchObject({ status: 403 });
    expect(await call(create, admin.id, { role: 'admin' })).toMatchObject({ status: 400 });
    const made = await call(create, admin.id, { role: 'facilitator', label: 'For the river workshop' });
    expect(made).toMatchObject({ status: 201, body: { invitation: { role: 'facilitator' }, path: expect.stringMatching(/^\/invite\/[A-Za-z0-9_-]{43}$/) } });
    expect(JSON.stringify(await db.linkToken.findMany())).not.toContain(tokenOf(made.body.path));
  });

  it('gives its role to the account signed up with it, once; a second sign-up with it creates nothing', async () => {
    const { body } = await call(create, admin.id, { role: 'facilitator' });
    const first = await call(signUp, null, { ...person('ines@example.org'), invitation: tokenOf(body.path) });
    expect(first).toMatchObject({ status: 201, body: { user: { role: 'facilitator' } } });
    expect((await db.user.findUniqueOrThrow({ where: { email: 'ines@example.org' } })).role).toBe('facilitator');
    const second = await call(signUp, null, { ...person('other@example.org'), invitation: tokenOf(body.path) });
    expect(second).toMatchObject({ status: 409, body: { error: { code: 'invitation_invalid' } } });
    expect(await db.user.count({ where: { email: 'other@example.org' } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: 'invitation.use' } })).toBe(1);
  });

  it('is accepted once by a signed-in citizen, and never by an administrator', async () => {
    const { body } = await call(create, admin.id, { role: 'councillor' });
    const citizen = await db.user.create({ data: { name: 'Cy', role: 'citizen', email: 'cy@example.org' } });
    expect(await call(accept, admin.id, { token: tokenOf(body.path) })).toMatchObject({ status: 409, body: { error: { code: 'invalid_transition' } } });
    expect(await call(accept, citizen.id, { token: tokenOf(body.path) })).toMatchObject({ status: 200, body: { role: 'councillor' } });
    expect((await db.user.findUniqueOrThrow({ where: { id: citizen.id } })).role).toBe('councillor');
    const other = await db.user.create({ data: { name: 'Oz', role: 'citizen', email: 'oz@example.org' } });
    expect(await call(accept, other.id, { token: tokenOf(body.path) })).toMatchObject({ status: 409, body: { error: { code: 'invitation_invalid' } } });
  });

  it('stops working after seven days, and a made-up token says the same as a used one', async () => {
    const { token } = await createInvitation({ id: admin.id, name: 'Ada', role: 'admin', blocked: false, deleted: false, guestOf: null }, { role: 'facilitator' }, new Date(Date.now() - 8 * 86_400_000));
    const citizen = await db.user.create({ data: { name: 'Ed', role: 'citizen', email: 'ed@example.org' } });
    expect(await call(accept, citizen.id, { token })).toMatchObject({ status: 409, body: { error: { code: 'invitation_invalid' } } });
    expect(await call(accept, citizen.id, { token: 'x'.repeat(43) })).toMatchObject({ status: 409, body: { error: { code: 'invitation_invalid' } } });
    expect((await db.user.findUniqueOrThrow({ where: { id: citizen.id } })).role).toBe('citizen');
  });

  it('an administrator withdraws an unused link: it stops working at once, and the audit log says so', async () => {
    const { body } = await call(create, admin.id, { role: 'facilitator', label: 'Sent by mistake' });
    const id = body.invitation.id as string;
    const facilitator = await db.user.create({ data: { name: 'Flo', role: 'facilitator', email: 'flo@example.org' } });
    const withdrawAs = async (as: string) => {
      signedIn.userId = as;
      const response = await withdraw(new Request(`http://localhost/api/invitations/${id}/withdraw`, { method: 'POST' }), { params: Promise.resolve({ id }) });
      return { status: response.status, body: await response.json() };
    };
    expect(await withdrawAs(facilitator.id)).toMatchObject({ status: 403 });
    expect(await withdrawAs(admin.id)).toMatchObject({ status: 200, body: { invitation: { id, state: 'revoked' } } });
    expect(await withdrawAs(admin.id)).toMatchObject({ status: 409, body: { error: { code: 'invitation_invalid' } } });
    expect(await call(signUp, null, { ...person('late@example.org'), invitation: tokenOf(body.path) })).toMatchObject({ status: 409 });
    expect(await db.user.count({ where: { email: 'late@example.org' } })).toBe(0);
    expect(await db.auditLog.findMany({ where: { action: 'invitation.revoke', targetId: id }, select: { actorId: true } })).toEqual([{ actorId: admin.id }]);
  });

  it('the list comes a page at a time, newest first, each invitation once; only for administrators', async () => {
    signedIn.userId = admin.id;
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await list(new Request(`http://localhost/api/invitations?limit=2${cursor ? `&cursor=${cursor}` : ''}`));
      const page = await response.json();
      expect(page.total).toBe(await db.invitation.count());
      seen.push(...page.invitations.map((row: { id: string }) => row.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    const expected = (await db.invitation.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: { id: true } })).map((row) => row.id);
    expect(seen).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 2));
    signedIn.userId = (await db.user.findFirstOrThrow({ where: { role: 'facilitator' } })).id;
    expect((await list(new Request('http://localhost/api/invitations'))).status).toBe(403);
  });
});
