// Support for a withdrawn proposal is refused with its own code; a vote already given can still be taken back.
import { beforeAll, expect, it, vi } from 'vitest';

import type { Actor } from '@/server/auth/actor';
import { freshDatabase, seedPeople, seedProcess, seedProposals } from '@/server/testing/large-seed';

import type { castVote as CastVote } from './cast-vote';

// The actor is given; next-auth is not loaded.
vi.mock('@/server/auth/session-claims', () => ({ sessionClaims: async () => null }));
vi.mock('@/server/auth/auth', () => ({ auth: async () => null }));

let castVote: typeof CastVote;
let voter: Actor;
let withdrawn = '';
let published = '';

beforeAll(async () => {
  const db = await freshDatabase();
  ({ castVote } = await import('./cast-vote'));
  const processId = (await seedProcess(db)).id;
  const [author, voterId] = await seedPeople(db, 2);
  [withdrawn, published] = await seedProposals(db, processId, author, 2);
  voter = { id: voterId, name: 'Voter', role: 'citizen', blocked: false, deleted: false, guestOf: null };
  await castVote(voter, { targetType: 'proposal', targetId: withdrawn, value: 1 });
  await db.proposal.update({ where: { id: withdrawn }, data: { status: 'withdrawn' } });
});

it('refuses support and opposition for a withdrawn proposal with proposal_withdrawn', async () => {
  for (const value of [1, -1]) {
    await expect(castVote(voter, { targetType: 'proposal', targetId: withdrawn, value })).rejects.toMatchObject({ status: 409, code: 'proposal_withdrawn' });
  }
  expect(await castVote(voter, { targetType: 'proposal', targetId: published, value: 1 })).toMatchObject({ supports: 1, mine: 1 });
});

it('lets a voter take back the support they gave before it was withdrawn', async () => {
  expect(await castVote(voter, { targetType: 'proposal', targetId: withdrawn, value: 0 })).toMatchObject({ supports: 0, mine: 0 });
});
