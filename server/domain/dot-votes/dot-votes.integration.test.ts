// Dot-vote rounds through their routes on a real database: the budget holds under parallel requests
// (the database refuses, not the code), per item too, a closed or expired round takes nothing, and
// results stay hidden from participants until revealed (facilitators see them all along).
import { beforeAll, describe, expect, it, vi } from 'vitest';

import type { Subject } from '@/lib/policy/subject';
import type { ProcessEvent } from '@/lib/participation/views';
import type { PrismaClient } from '@/server/generated/prisma/client';
import { freshDatabase, seedProcess } from '@/server/testing/large-seed';

let asker: Subject | null = null;
vi.mock('@/server/auth/subject', () => ({ currentSubject: async () => asker }));

let db: PrismaClient;
let routes: {
  rounds: typeof import('@/app/api/processes/[slug]/sessions/[id]/rounds/route');
  round: typeof import('@/app/api/processes/[slug]/sessions/[id]/rounds/[roundId]/route');
  votes: typeof import('@/app/api/processes/[slug]/sessions/[id]/rounds/[roundId]/votes/route');
  vote: typeof import('@/app/api/processes/[slug]/sessions/[id]/rounds/[roundId]/votes/[voteId]/route');
  close: typeof import('@/app/api/processes/[slug]/sessions/[id]/rounds/[roundId]/close/route');
  reveal: typeof import('@/app/api/processes/[slug]/sessions/[id]/rounds/[roundId]/reveal/route');
};
let events: ProcessEvent[] = [];
const SLUG = 'volume';
const S = 'session-1';
const subject = (id: string, role: Subject['role'], guestOf: Subject['guestOf'] = null): Subject => ({ id, name: id, role, blocked: false, deleted: false, guestOf });
const fac = subject('fac', 'facilitator');
const ann = subject('ann', 'citizen');
const bob = subject('bob', 'citizen');
const gus = subject('gus', 'guest', { sessionId: S, processId: '', ended: false });
const eve = subject('eve', 'citizen'); // never joined

const url = (path = '') => `http://localhost/api/processes/${SLUG}/sessions/${S}/rounds${path}`;
const json = (method: string, path: string, body?: unknown) => new Request(url(path), { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
const params = <T extends object>(extra: T) => ({ params: Promise.resolve({ slug: SLUG, id: S, ...extra }) });

async function as<T>(who: Subject, call: () => Promise<Response>): Promise<{ status: number; body: T }> {
  asker = who;
  const response = await call();
  return { status: response.status, body: await response.json() };
}
const openRound = (who: Subject, body: object) => as<{ id: string; error?: { code: string } }>(who, () => routes.rounds.POST(json('POST', '', body), params({})));
const place = (who: Subject, roundId: string, item: object) => {
  asker = who;
  return routes.votes.POST(json('POST', `/${roundId}/votes`, item), params({ roundId }));
};
const codeOf = async (response: Response) => (response.status === 201 ? 'ok' : ((await response.json()) as { error: { code: string } }).error.code);
const getRound = (who: Subject, roundId: string) => as<{ results: { itemId: string; dots: number; position?: number[] | null }[] | null; mine: { left: number; votes: { id: string }[] } }>(who, () => routes.round.GET(json('GET', `/${roundId}`), params({ roundId })));

beforeAll(async () => {
  process.env.CIVICTWIN_WRITES_PER_MINUTE = '1000';
  db = await freshDatabase();
  const processId = (await seedProcess(db, SLUG)).id;
  gus.guestOf!.processId = processId;
  for (const who of [fac, ann, bob, eve]) await db.user.create({ data: { id: who.id, name: who.id, role: who.role } });
  const phases = [{ id: 'vote', title: 'Vote', instructions: '', allows: ['dots'] }, { id: 'explore', title: 'Explore', instructions: '', allows: [] }];
  await db.liveSession.create({ data: { id: S, processId, title: 'Workshop', joinCode: 'ABCDEF', status: 'live', facilitatorId: fac.id, phases: JSON.stringify(phases), currentPhase: 'vote' } });
  await db.user.create({ data: { id: gus.id, name: gus.id, role: 'guest', guestSessionId: S } });
  for (const who of [ann, bob, gus]) await db.sessionParticipant.create({ data: { sessionId: S, userId: who.id, displayName: who.id } });
  const now = new Date();
  for (const [i, id] of ['m1', 'm2', 'm3', 'm4'].entries()) {
    await db.annotation.create({ data: { id, processId, kind: 'point', geometry: JSON.stringify({ type: 'Point', coordinates: [-0.1 + i / 100, 51.51] }), category: 'idea', text: id, authorId: ann.id, authorName: 'ann', createdAt: now, updatedAt: now } });
  }
  routes = {
    rounds: await import('@/app/api/processes/[slug]/sessions/[id]/rounds/route'),
    round: await import('@/app/api/processes/[slug]/sessions/[id]/rounds/[roundId]/route'),
    votes: await import('@/app/api/processes/[slug]/sessions/[id]/rounds/[roundId]/votes/route'),
    vote: await import('@/app/api/processes/[slug]/sessions/[id]/rounds/[roundId]/votes/[voteId]/route'),
    close: await import('@/app/api/processes/[slug]/sessions/[id]/rounds/[roundId]/close/route'),
    reveal: await import('@/app/api/processes/[slug]/sessions/[id]/rounds/[roundId]/reveal/route'),
  };
  const { subscribeProcessEvents } = await import('@/server/domain/events/process-events');
  subscribeProcessEvents(processId, (event) => events.push(event));
});

describe('a dot-vote round', () => {
  let roundId: string;

  it('is opened by a facilitator only, one at a time', async () => {
    expect((await openRound(ann, { dots: 3, perItemMax: 2 })).status).toBe(403);
    const opened = await openRound(fac, { dots: 3, perItemMax: 2, durationSeconds: 600 });
    expect(opened.status).toBe(201);
    roundId = opened.body.id;
    const second = await openRound(fac, { dots: 1, perItemMax: 1 });
    expect([second.status, second.body.error?.code]).toEqual([409, 'round_already_open']);
  });

  it('never lets a participant place more dots than they have, even all at once', async () => {
    events = [];
    const items = ['m1', 'm2', 'm3', 'm1', 'm2', 'm3', 'm1', 'm2'].map((itemId) => ({ itemType: 'mark', itemId }));
    const codes = await Promise.all(items.map((item) => place(ann, roundId, item).then(codeOf)));
    expect(codes.filter((code) => code === 'ok')).toHaveLength(3);
    expect(new Set(codes.filter((code) => code !== 'ok'))).toEqual(new Set(['no_dots_left']));
    expect(await db.dot.count({ where: { roundId, userId: ann.id } })).toBe(3);
    // The signal says how many dots are placed, never on what, while results are hidden (votes of one moment are gathered into one signal).
    await vi.waitFor(() => expect(events.at(-1)).toMatchObject({ type: 'dots', targetId: roundId, dots: { round: { total: 3 } } }));
    expect(events.every((event) => event.dots && !('items' in event.dots))).toBe(true);
  });

  it('holds the per-item maximum under parallel requests', async () => {
    const codes = await Promise.all([1, 2, 3].map(() => place(bob, roundId, { itemType: 'mark', itemId: 'm4' }).then(codeOf)));
    expect(codes.sort()).toEqual(['dots_item_max', 'ok', 'ok']);
  });

  it('is refused by the database itself past the budget', async () => {
    const { databaseRefusal } = await import('./trigger-refusal');
    const refused = await db.dot.create({ data: { roundId, userId: ann.id, itemType: 'mark', itemId: 'm4' } }).catch((error: unknown) => error);
    expect(databaseRefusal(refused)).toBe('no_dots_left');
  });

  it('takes dots from participants in a phase that allows them, and not from strangers', async () => {
    expect(await codeOf(await place(eve, roundId, { itemType: 'mark', itemId: 'm1' }))).toBe('forbidden');
    expect(await codeOf(await place(gus, roundId, { itemType: 'mark', itemId: 'nope' }))).toBe('not_found');
    expect(await codeOf(await place(gus, 'no-such-round', { itemType: 'mark', itemId: 'm1' }))).toBe('not_found');
    const now = new Date();
    const processId = (await db.liveSession.findUniqueOrThrow({ where: { id: S } })).processId;
    await db.annotation.create({ data: { id: 'hidden', processId, kind: 'point', geometry: '{"type":"Point","coordinates":[-0.1,51.5]}', category: 'idea', text: 'x', authorId: ann.id, authorName: 'ann', createdAt: now, updatedAt: now, hiddenAt: now } });
    expect(await codeOf(await place(gus, roundId, { itemType: 'mark', itemId: 'hidden' }))).toBe('not_found');
    const removed = await db.sessionParticipant.create({ data: { sessionId: S, userId: eve.id, displayName: eve.id, removedAt: now } });
    expect(await codeOf(await place(eve, roundId, { itemType: 'mark', itemId: 'm1' }))).toBe('forbidden');
    await db.sessionParticipant.delete({ where: { id: removed.id } });
    await db.liveSession.update({ where: { id: S }, data: { currentPhase: 'explore' } });
    expect(await codeOf(await place(gus, roundId, { itemType: 'mark', itemId: 'm1' }))).toBe('phase_not_allowed');
    await db.liveSession.update({ where: { id: S }, data: { currentPhase: 'vote' } });
    expect(await codeOf(await place(gus, roundId, { itemType: 'mark', itemId: 'm1' }))).toBe('ok');
  });

  it('hides the results from participants while it runs, not from the facilitator', async () => {
    const mine = await getRound(ann, roundId);
    expect(mine.body.results).toBeNull();
    expect(mine.body.mine.left).toBe(0);
    const theirs = await getRound(fac, roundId);
    expect(theirs.body.results?.find((result) => result.itemId === 'm4')?.dots).toBe(2);
    expect(theirs.body.results?.reduce((sum, result) => sum + result.dots, 0)).toBe(6);
  });

  it('takes nothing once closed: no new dot, no dot taken back', async () => {
    const { body } = await getRound(gus, roundId);
    asker = fac;
    expect((await routes.close.POST(json('POST', `/${roundId}/close`), params({ roundId }))).status).toBe(200);
    expect(await codeOf(await place(gus, roundId, { itemType: 'mark', itemId: 'm2' }))).toBe('round_closed');
    asker = gus;
    const taken = await routes.vote.DELETE(json('DELETE', `/${roundId}/votes/${body.mine.votes[0].id}`), params({ roundId, voteId: body.mine.votes[0].id }));
    expect([taken.status, ((await taken.json()) as { error: { code: string } }).error.code]).toEqual([409, 'round_closed']);
  });

  it('reveals a ranking with each item’s place to everyone, kept as a snapshot', async () => {
    asker = fac;
    expect((await routes.reveal.POST(json('POST', `/${roundId}/reveal`), params({ roundId }))).status).toBe(200);
    const { body } = await getRound(ann, roundId);
    // The snapshot names the item as it was (a mark's text here), so the summary can say which it is.
    expect(body.results?.find((result) => result.itemId === 'm4')).toEqual({ itemType: 'mark', itemId: 'm4', dots: 2, position: [-0.07, 51.51], label: 'm4' });
    const counts = body.results!.map((result) => result.dots);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(body.results?.reduce((sum, result) => sum + result.dots, 0)).toBe(6);
    expect(JSON.parse((await db.dotRound.findUniqueOrThrow({ where: { id: roundId } })).results!)).toEqual(body.results);
  });

  it('stops taking dots when its time is up, closed or not', async () => {
    const expired = await db.dotRound.create({ data: { sessionId: S, dots: 3, perItemMax: 3, endsAt: new Date(Date.now() - 1000) } });
    expect(await codeOf(await place(ann, expired.id, { itemType: 'mark', itemId: 'm1' }))).toBe('round_closed');
    // A new round may open: the expired one does not count as open.
    expect((await openRound(fac, { dots: 1, perItemMax: 1, liveResults: true })).status).toBe(201);
  });
});
