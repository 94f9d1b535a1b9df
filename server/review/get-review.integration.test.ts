// The dashboard's figures on a small process with known answers: hidden things count nowhere, guests are
// counted apart, an area and a period narrow every figure, and only reviewers may read them.
import { beforeAll, describe, expect, it, vi } from 'vitest';

import type { Subject } from '@/lib/policy/subject';
import type { PrismaClient } from '@/server/generated/prisma/client';
import { freshDatabase, insertRows, seedProcess } from '@/server/testing/large-seed';

import type { getReview as GetReview } from './get-review';

// The route reads the person through next-auth; here the subject is given directly.
vi.mock('@/server/auth/subject', () => ({ currentSubject: async () => null }));

let db: PrismaClient;
let getReview: typeof GetReview;
let process: { id: string; status: 'open' };
const NOW = new Date('2026-03-31T12:00:00Z');

const WEST = [-0.115, 51.505] as const; // in the western half
const EAST = [-0.085, 51.525] as const; // in the eastern half
const at = (day: string) => new Date(`2026-03-${day}T10:00:00Z`);
const point = (c: readonly number[]) => JSON.stringify({ type: 'Point', coordinates: c });
const person = (id: string, role: string) => ({ id, name: id, role, locale: 'en', createdAt: NOW, updatedAt: NOW });
const reviewer = (role: Subject['role']) => ({ id: 'cllr', name: 'C', role, blocked: false, deleted: false, guestOf: null }) as unknown as Subject;

beforeAll(async () => {
  db = await freshDatabase();
  ({ getReview } = await import('./get-review'));
  process = { id: (await seedProcess(db)).id, status: 'open' };
  const processId = process.id;
  await insertRows(db, 'User', [person('ann', 'citizen'), person('bob', 'citizen'), person('gus', 'guest'), person('cllr', 'councillor'), person('troll', 'citizen')]);
  const mark = (id: string, authorId: string, c: readonly number[], category: string, day: string, hidden = false) => ({
    id, processId, kind: 'point', geometry: point(c), category, text: `Mark ${id}`, authorId, authorName: authorId, createdAt: at(day), updatedAt: at(day), hiddenAt: hidden ? at(day) : null,
  });
  await insertRows(db, 'Annotation', [
    mark('m1', 'ann', WEST, 'idea', '01'),
    mark('m2', 'gus', EAST, 'problem', '02'),
    mark('m3', 'troll', WEST, 'idea', '02', true),
  ]);
  const proposal = (id: string, authorId: string, status: string, day: string, c: readonly number[] | null, hidden = false) => ({
    id, processId, authorId, title: `Proposal ${id}`, body: 'Because', category: 'idea', status, geometry: c ? point(c) : null,
    publishedAt: status === 'draft' ? null : at(day), createdAt: at(day), updatedAt: at(day), hiddenAt: hidden ? at(day) : null,
  });
  await insertRows(db, 'Proposal', [
    proposal('p1', 'ann', 'published', '01', WEST), // 30 days old: overdue
    proposal('p2', 'bob', 'published', '25', EAST), // 6 days old
    proposal('p3', 'bob', 'accepted', '03', WEST),
    proposal('p4', 'bob', 'draft', '04', WEST),
    proposal('p5', 'troll', 'published', '04', WEST, true),
  ]);
  await insertRows(db, 'OfficialAnswer', [{ id: 'a3', proposalId: 'p3', authorId: 'cllr', body: 'Yes', status: 'accepted', createdAt: at('05') }]);
  const comment = (id: string, targetType: string, targetId: string, authorId: string, day: string, extra: object = {}) => ({ id, processId, targetType, targetId, authorId, body: id, createdAt: at(day), hiddenAt: null, deletedAt: null, ...extra });
  await insertRows(db, 'Comment', [
    comment('c1', 'proposal', 'p1', 'bob', '02'),
    comment('c2', 'proposal', 'p1', 'gus', '02'),
    comment('c3', 'annotation', 'm2', 'ann', '03'),
    comment('c4', 'proposal', 'p1', 'troll', '03', { hiddenAt: at('03') }),
    comment('c5', 'proposal', 'p5', 'ann', '04'), // on a hidden proposal
    comment('c6', 'proposal', 'p2', 'ann', '26', { deletedAt: at('27') }),
  ]);
  const vote = (voterId: string, targetType: string, targetId: string, value: number, day: string) => ({ id: `${voterId}-${targetId}`, processId, voterId, targetType, targetId, value, createdAt: at(day), updatedAt: at(day) });
  await insertRows(db, 'Vote', [
    vote('bob', 'proposal', 'p1', 1, '02'),
    vote('gus', 'proposal', 'p1', 1, '02'),
    vote('ann', 'proposal', 'p3', 1, '03'),
    vote('bob', 'proposal', 'p3', -1, '03'),
    vote('ann', 'annotation', 'm2', 1, '03'),
    vote('ann', 'proposal', 'p5', 1, '04'), // hidden target
    vote('cllr', 'proposal', 'p1', 1, '26'),
  ]);
});

const review = (query: Record<string, string> = {}) => getReview(reviewer('councillor'), process, new URLSearchParams(query), NOW);

describe('the review of a process', () => {
  it('counts people, contributions, support, and leaves hidden, deleted and draft content out', async () => {
    const r = await review();
    expect(r.participants).toEqual({ registered: 3, guests: 1 }); // ann, bob, cllr; gus — never troll
    expect(r.totals).toEqual({ marks: 2, proposals: 3, comments: 3, supports: 5, opposes: 1 });
    expect(r.contributions.byCategory).toEqual([{ category: 'idea', marks: 1, proposals: 3 }, { category: 'problem', marks: 1, proposals: 0 }]);
    expect(r.contributions.byDay).toEqual([
      { day: '2026-03-01', marks: 1, proposals: 1, comments: 0 },
      { day: '2026-03-02', marks: 1, proposals: 0, comments: 2 },
      { day: '2026-03-03', marks: 0, proposals: 1, comments: 1 },
      { day: '2026-03-25', marks: 0, proposals: 1, comments: 0 },
    ]);
    expect(r.support.byDay).toEqual([
      { day: '2026-03-02', supports: 2, opposes: 0 },
      { day: '2026-03-03', supports: 2, opposes: 1 },
      { day: '2026-03-26', supports: 1, opposes: 0 },
    ]);
  });

  it('ranks the most supported and most discussed items, marks and proposals alike', async () => {
    const r = await review();
    expect(r.mostSupported.map((i) => [i.type, i.id, i.supports, i.opposes])).toEqual([['proposal', 'p1', 3, 0], ['annotation', 'm2', 1, 0], ['proposal', 'p3', 1, 1]]);
    expect(r.mostDiscussed.map((i) => [i.id, i.comments])).toEqual([['p1', 2], ['m2', 1]]);
    expect(r.mostDiscussed[0]).toMatchObject({ title: 'Proposal p1', category: 'idea' });
  });

  it('lists the proposals waiting for an answer, oldest first, the older than N days marked overdue', async () => {
    const r = await review({ list: 'waiting' });
    expect(r.waiting).toEqual({ total: 2, overdue: 1, overdueDays: 14 });
    expect(r.proposals.proposals.map((p) => [p.id, p.ageDays, p.overdue])).toEqual([['p1', 30, true], ['p2', 6, false]]);
    expect((await review({ overdueDays: '5' })).waiting).toEqual({ total: 2, overdue: 2, overdueDays: 5 });
    const ranked = await review({ limit: '2' });
    expect(ranked.proposals.proposals.map((p) => p.id)).toEqual(['p1', 'p3']); // p3 and p2 both net 0: more support first
    expect(ranked.proposals).toMatchObject({ total: 3, nextCursor: '2' });
    expect((await review({ limit: '2', cursor: '2' })).proposals.proposals.map((p) => [p.id, p.answered])).toEqual([['p2', false]]);
    expect(ranked.proposals.proposals[1]).toMatchObject({ answered: true, status: 'accepted', overdue: false });
  });

  it('narrows every figure to a drawn area, a period and a category', async () => {
    const east = { type: 'Polygon', coordinates: [[[-0.1, 51.5], [-0.08, 51.5], [-0.08, 51.53], [-0.1, 51.53], [-0.1, 51.5]]] };
    const r = await review({ area: JSON.stringify(east) });
    expect(r.totals).toEqual({ marks: 1, proposals: 1, comments: 1, supports: 1, opposes: 0 });
    expect(r.participants).toEqual({ registered: 2, guests: 1 }); // bob (p2), ann (comment, vote on m2); gus (m2)
    expect(r.waiting).toMatchObject({ total: 1, overdue: 0 });

    const march2 = await review({ from: '2026-03-02', to: '2026-03-02' });
    expect(march2.totals).toEqual({ marks: 1, proposals: 0, comments: 2, supports: 2, opposes: 0 });
    expect(march2.participants).toEqual({ registered: 1, guests: 1 }); // bob; gus

    expect((await review({ category: 'problem' })).totals).toEqual({ marks: 1, proposals: 0, comments: 1, supports: 1, opposes: 0 });
  });

  it('counts the places of marks and placed proposals per map cell and category, hidden and drafts left out', async () => {
    const { reviewPlaces } = await import('./review-places');
    const { parseReviewFilter } = await import('./review-filter');
    const cells = await reviewPlaces(process.id, [-0.12, 51.5, -0.08, 51.53], parseReviewFilter(new URLSearchParams()));
    const sorted = cells.map((c) => [c.lon, c.lat, c.category, c.count]).sort((a, b) => Number(a[0]) - Number(b[0]) || String(a[2]).localeCompare(String(b[2])));
    expect(sorted).toEqual([[WEST[0], WEST[1], 'idea', 3], [EAST[0], EAST[1], 'idea', 1], [EAST[0], EAST[1], 'problem', 1]]);
  });

  it('counts what came from live sessions in the period: sessions held, who joined (guests apart), dots placed', async () => {
    const session = (id: string, status: string, day: string | null) =>
      db.liveSession.create({ data: { id, processId: process.id, title: `Session ${id}`, joinCode: `CODE${id}`, status, facilitatorId: 'cllr', startedAt: day ? at(day) : null } });
    await session('s1', 'ended', '02');
    await session('s2', 'live', '26');
    await session('s3', 'scheduled', null);
    const joined = (sessionId: string, userId: string) => ({ sessionId, userId, displayName: userId });
    await db.sessionParticipant.createMany({ data: [joined('s1', 'gus'), joined('s1', 'ann'), joined('s2', 'ann'), joined('s3', 'bob')] });
    const round = await db.dotRound.create({ data: { sessionId: 's1', dots: 3, perItemMax: 2 } });
    await db.dot.createMany({ data: [{ roundId: round.id, userId: 'gus', itemType: 'mark', itemId: 'm2' }, { roundId: round.id, userId: 'ann', itemType: 'proposal', itemId: 'p1' }] });

    const all = (await review()).live;
    expect(all).toMatchObject({ sessions: 2, participants: { registered: 1, guests: 1 }, dots: 2 }); // ann once though she joined twice; never the scheduled s3
    expect(all.latest.map((s) => [s.id, s.status, s.participants])).toEqual([['s2', 'live', 1], ['s1', 'ended', 2]]);
    expect((await review({ from: '2026-03-02', to: '2026-03-02' })).live).toMatchObject({ sessions: 1, participants: { registered: 1, guests: 1 }, dots: 2 });
    expect((await review({ from: '2026-03-20' })).live).toMatchObject({ sessions: 1, participants: { registered: 1, guests: 0 }, dots: 0 });
  });

  it('is for facilitators, councillors and admins: 401 signed out, 403 for citizens and guests', async () => {
    await expect(getReview(null, process, new URLSearchParams())).rejects.toMatchObject({ status: 401 });
    await expect(getReview(reviewer('citizen'), process, new URLSearchParams())).rejects.toMatchObject({ status: 403 });
    const guest = { ...reviewer('guest'), guestOf: { processId: process.id, ended: false } } as unknown as Subject;
    await expect(getReview(guest, process, new URLSearchParams())).rejects.toMatchObject({ status: 403 });
    await expect(getReview(reviewer('facilitator'), process, new URLSearchParams())).resolves.toBeTruthy();
    await expect(getReview(reviewer('admin'), process, new URLSearchParams())).resolves.toBeTruthy();
  });
});

