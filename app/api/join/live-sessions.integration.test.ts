// Live sessions through the real routes on a fresh database: a facilitator starts one, people join
// by code (guests signed in through next-auth, accounts as themselves), the phase is enforced by
// the web API, removal and the end stop people at once.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { prepareDatabase } from '@/server/collab/testing/harness';
import type { PrismaClient } from '@/server/generated/prisma/client';

const signedIn = vi.hoisted(() => ({ userId: null as string | null, signIns: [] as { provider: string; ticket: string }[] }));
vi.mock('@/server/auth/session-claims', () => ({ sessionClaims: async () => (signedIn.userId ? { userId: signedIn.userId, signedInAt: Date.now() } : null) }));
vi.mock('@/server/auth/auth', () => ({
  auth: async () => (signedIn.userId ? { user: { id: signedIn.userId } } : null),
  signIn: async (provider: string, options: { ticket: string }) => signedIn.signIns.push({ provider, ticket: options.ticket }),
}));
vi.mock('next-intl/server', () => ({ getLocale: async () => 'en' }));

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
let db: PrismaClient;
let routes: Record<string, Handler>;
let guestForTicket: typeof import('@/server/auth/guest-sign-in-provider').guestForTicket;
let fran: { id: string };
let cyd: { id: string };
let other: { id: string };
let address = 0;

beforeAll(async () => {
  process.env.DATABASE_URL = prepareDatabase();
  process.env.AUTH_SECRET = 'live-sessions-test-secret-0123456789';
  ({ db } = await import('@/server/db'));
  const load = async (path: string) => (await import(path)) as Record<string, Handler>;
  const [sessions, session, end, participants, remove, join, token, comments] = await Promise.all([
    load('../processes/[slug]/sessions/route'),
    load('../processes/[slug]/sessions/[id]/route'),
    load('../processes/[slug]/sessions/[id]/end/route'),
    load('../processes/[slug]/sessions/[id]/participants/route'),
    load('../processes/[slug]/sessions/[id]/participants/[userId]/remove/route'),
    load('./route'),
    load('../collab/token/route'),
    load('../comments/route'),
  ]);
  routes = {
    create: sessions.POST,
    list: sessions.GET,
    get: session.GET,
    patch: session.PATCH,
    end: end.POST,
    participants: participants.GET,
    remove: remove.POST,
    join: join.POST,
    token: token.GET,
    comment: comments.POST,
  };
  ({ guestForTicket } = await import('@/server/auth/guest-sign-in-provider'));
  const bounds = { boundsWest: 0, boundsSouth: 0, boundsEast: 1, boundsNorth: 1 };
  await db.process.create({ data: { slug: 'river', title: 'River', description: '', status: 'open', ...bounds } });
  await db.process.create({ data: { slug: 'park', title: 'Park', description: '', status: 'open', ...bounds } });
  fran = await db.user.create({ data: { name: 'Fran', role: 'facilitator', email: 'fran@example.org' } });
  cyd = await db.user.create({ data: { name: 'Cyd', role: 'citizen', email: 'cyd@example.org' } });
  other = await db.user.create({ data: { name: 'Oz', role: 'facilitator', email: 'oz@example.org' } });
}, 60_000);

afterAll(() => db?.$disconnect());

async function call(
  route: string,
  as: string | null,
  { path = 'http://localhost/api', params = {}, body, from, method }: { path?: string; params?: Record<string, string>; body?: unknown; from?: string; method?: string } = {},
) {
  signedIn.userId = as;
  const headers: Record<string, string> = { 'x-forwarded-for': from ?? `10.0.0.${++address % 250}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const request = new Request(path, { method: method ?? (body === undefined ? 'GET' : 'POST'), headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const response = await routes[route](request, { params: Promise.resolve(params) });
  return { status: response.status, body: await response.json() };
}

const joinAs = (as: string | null, code: string, name?: string, from?: string) => call('join', as, { body: { code, name }, from });
const tokenFor = (as: string, slug: string) => call('token', as, { path: `http://localhost/api/collab/token?process=${slug}` });

describe('live sessions', () => {
  let session: { id: string; code: string; joinUrl: string };
  let guestId: string;

  it('are started by a facilitator with a code; a citizen may not, nor a second live one', async () => {
    expect(await call('create', cyd.id, { params: { slug: 'river' }, body: { title: 'Walk' } })).toMatchObject({ status: 403 });
    const created = await call('create', fran.id, { params: { slug: 'river' }, body: { title: 'Riverside workshop' } });
    expect(created).toMatchObject({ status: 201, body: { id: expect.any(String), code: expect.stringMatching(/^[A-Z0-9]{6}$/), joinUrl: expect.stringContaining('/join?code=') } });
    session = created.body;
    const row = await db.liveSession.findUniqueOrThrow({ where: { id: session.id }, include: { phaseHistory: true } });
    expect(row).toMatchObject({ status: 'live', currentPhase: 'explore' });
    expect(row.phaseHistory.map((phase) => phase.phaseId)).toEqual(['explore']);
    const second = await call('create', other.id, { params: { slug: 'river' }, body: { title: 'Again' } });
    expect(second).toMatchObject({ status: 409, body: { error: { code: 'session_already_live' } } });
    expect((await call('list', fran.id, { params: { slug: 'river' } })).body).toMatchObject({ total: 2, items: [{ status: 'scheduled' }, { status: 'live', participants: 0 }] });
  });

  it('let anyone join with the code as typed, as a guest signed in through next-auth, for that process only', async () => {
    const typed = `${session.code.slice(0, 3).toLowerCase()}-${session.code.slice(3)} `;
    const joined = await joinAs(null, typed, '  <b>Gil</b>  ');
    expect(joined).toEqual({ status: 200, body: { process: 'river', session: session.id } });
    const { provider, ticket } = signedIn.signIns.at(-1)!;
    expect(provider).toBe('guest');
    const guest = await guestForTicket(ticket);
    expect(guest).toMatchObject({ role: 'guest', name: '<b>Gil</b>' });
    guestId = guest!.id;
    expect(await guestForTicket(`${ticket}x`)).toBeNull();
    expect(await tokenFor(guestId, 'river')).toMatchObject({ status: 200, body: { token: expect.any(String) } });
    expect(await tokenFor(guestId, 'park')).toMatchObject({ status: 403 });
  });

  it('keep the same guest on a second join from the same browser, and let an account join as itself', async () => {
    const before = signedIn.signIns.length;
    expect(await joinAs(guestId, session.code, 'Gil again')).toMatchObject({ status: 200 });
    expect(signedIn.signIns.length).toBe(before);
    expect(await joinAs(cyd.id, session.code)).toMatchObject({ status: 200, body: { process: 'river' } });
    expect(signedIn.signIns.length).toBe(before);
    const list = await call('participants', fran.id, { path: 'http://localhost/api?limit=1', params: { slug: 'river', id: session.id } });
    expect(list.body).toMatchObject({ total: 2, items: [{ userId: guestId, name: '<b>Gil</b>', guest: true, removed: false }], nextCursor: expect.any(String) });
    expect(await call('participants', cyd.id, { params: { slug: 'river', id: session.id } })).toMatchObject({ status: 403 });
    const seen = await call('get', cyd.id, { params: { slug: 'river', id: session.id } });
    expect(seen).toMatchObject({ status: 200, body: { id: session.id, phases: expect.any(Array) } });
    expect(seen.body.code).toBeUndefined();
  });

  it('refuse bad names and wrong codes with a clear code, saving nothing', async () => {
    const users = await db.user.count();
    for (const name of ['x'.repeat(200), '    ', '']) expect(await joinAs(null, session.code, name)).toMatchObject({ status: 400, body: { error: { code: 'invalid_input', params: { field: 'name' } } } });
    expect(await joinAs(null, 'ZZZZZZ', 'Hal')).toMatchObject({ status: 404, body: { error: { code: 'join_code_invalid' } } });
    expect(await db.user.count()).toBe(users);
  });

  it('rate-limit wrong codes per address', async () => {
    for (let i = 0; i < 10; i += 1) expect(await joinAs(null, 'AAAAAA', 'Hal', '192.0.2.7')).toMatchObject({ status: 404 });
    expect(await joinAs(null, session.code, 'Hal', '192.0.2.7')).toMatchObject({ status: 429, body: { error: { code: 'rate_limited' } } });
    expect(await joinAs(null, session.code, 'Hal', '192.0.2.8')).toMatchObject({ status: 200 });
  });

  it('apply the phase to comments: nothing in Explore, then what the next phase allows', async () => {
    const proposal = await db.proposal.create({ data: { processId: (await db.process.findUniqueOrThrow({ where: { slug: 'river' } })).id, authorId: cyd.id, title: 'Trees', body: 'Plant trees', category: 'idea', status: 'published', geometry: '{"type":"Point","coordinates":[0.5,0.5]}' } });
    const comment = { targetType: 'proposal', targetId: proposal.id, body: 'Yes please' };
    expect(await call('comment', guestId, { body: comment })).toMatchObject({ status: 409, body: { error: { code: 'phase_not_allowed' } } });
    expect(await call('comment', fran.id, { body: comment })).toMatchObject({ status: 201 });
    // What the collab server mirrors when the facilitator switches phase in the shared document.
    await db.liveSession.update({ where: { id: session.id }, data: { currentPhase: 'problems', phaseHistory: { create: { phaseId: 'problems' } } } });
    expect(await call('comment', guestId, { body: comment })).toMatchObject({ status: 201 });
  });

  it('remove a participant for good: no map, no rejoining', async () => {
    expect(await call('remove', fran.id, { params: { slug: 'river', id: session.id, userId: guestId }, body: {} })).toMatchObject({ status: 200 });
    expect(await tokenFor(guestId, 'river')).toMatchObject({ status: 403, body: { error: { code: 'removed_from_session' } } });
    expect(await joinAs(guestId, session.code, 'Gil')).toMatchObject({ status: 403, body: { error: { code: 'removed_from_session' } } });
    expect(await call('remove', fran.id, { params: { slug: 'river', id: session.id, userId: fran.id }, body: {} })).toMatchObject({ status: 404 });
  });

  it('close the door to newcomers: a removed guest cannot come back as a new one; those already in still get in', async () => {
    const door = (as: string, joinClosed: boolean) => call('patch', as, { params: { slug: 'river', id: session.id }, body: { joinClosed }, method: 'PATCH' });
    expect(await door(cyd.id, true)).toMatchObject({ status: 403 });
    expect(await door(fran.id, true)).toMatchObject({ status: 200, body: { joinClosed: true } });
    const users = await db.user.count();
    // The removed guest, cookies cleared: a newcomer like any other.
    expect(await joinAs(null, session.code, 'Gil')).toMatchObject({ status: 403, body: { error: { code: 'join_closed' } } });
    const dee = await db.user.create({ data: { name: 'Dee', role: 'citizen', email: 'dee@example.org' } });
    expect(await joinAs(dee.id, session.code)).toMatchObject({ status: 403, body: { error: { code: 'join_closed' } } });
    expect(await db.sessionParticipant.count({ where: { sessionId: session.id, userId: dee.id } })).toBe(0);
    // A guest of another session is a newcomer here; a removed guest who kept their cookie is still removed.
    const park = await call('create', fran.id, { params: { slug: 'park' }, body: { title: 'Park walk' } });
    await joinAs(null, park.body.code, 'Jo');
    const jo = (await guestForTicket(signedIn.signIns.at(-1)!.ticket))!;
    expect(await joinAs(jo.id, session.code, 'Jo')).toMatchObject({ status: 403, body: { error: { code: 'join_closed' } } });
    expect(await joinAs(guestId, session.code, 'Gil')).toMatchObject({ status: 403, body: { error: { code: 'removed_from_session' } } });
    await call('end', fran.id, { params: { slug: 'park', id: park.body.id }, body: {} });
    const [hal] = await db.user.findMany({ where: { name: 'Hal', role: 'guest' } });
    expect(await joinAs(hal.id, session.code)).toMatchObject({ status: 200 });
    expect(await joinAs(cyd.id, session.code)).toMatchObject({ status: 200 });
    expect(await db.user.count()).toBe(users + 2);
    const listed = await call('list', fran.id, { params: { slug: 'river' } });
    expect(listed.body.items.find((item: { id: string }) => item.id === session.id)).toMatchObject({ joinClosed: true });
    expect(await door(fran.id, false)).toMatchObject({ status: 200, body: { joinClosed: false } });
    expect(await db.auditLog.count({ where: { targetId: session.id, action: { in: ['session.closeJoining', 'session.openJoining'] } } })).toBe(2);
  });

  it('end with a summary; guests lose access and the code opens nothing', async () => {
    const [hal] = await db.user.findMany({ where: { name: 'Hal', role: 'guest' } });
    const ended = await call('end', fran.id, { params: { slug: 'river', id: session.id }, body: {} });
    expect(ended).toMatchObject({ status: 200, body: { participants: { total: 3, guests: 2, accounts: 1 } } });
    expect(ended.body.phases.find((phase: { id: string }) => phase.id === 'problems')).toMatchObject({ comments: 1 });
    expect(ended.body.phases.find((phase: { id: string }) => phase.id === 'explore')).toMatchObject({ comments: 1, proposals: 1 });
    expect(JSON.stringify(ended.body)).not.toContain('Gil');
    expect(await tokenFor(hal.id, 'river')).toMatchObject({ status: 403, body: { error: { code: 'session_ended' } } });
    expect(await joinAs(null, session.code, 'Ida')).toMatchObject({ status: 404, body: { error: { code: 'join_code_invalid' } } });
  });
});
