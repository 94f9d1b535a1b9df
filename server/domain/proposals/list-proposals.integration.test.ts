// 1,200 proposals: the list answers a page at a time, each proposal once, in order, with its counts.
import { beforeAll, describe, expect, it } from 'vitest';

import type { ProposalSummary } from '@/lib/participation/views';
import { freshDatabase, seedComments, seedPeople, seedProcess, seedProposals, seedVotes } from '@/server/testing/large-seed';

import type { listProposals as ListProposals } from './list-proposals';

const COUNT = 1200;
let listProposals: typeof ListProposals;
let processId: string;
let voters: string[];
let ids: string[];

beforeAll(async () => {
  const db = await freshDatabase();
  ({ listProposals } = await import('./list-proposals'));
  processId = (await seedProcess(db)).id;
  voters = await seedPeople(db, 3);
  ids = await seedProposals(db, processId, voters[0], COUNT);
  // Proposal i has (i % 4) supports and one oppose when i % 5 == 0; comments on every tenth.
  await seedVotes(db, processId, 'proposal', ids, voters, (t, v) => (t % 5 === 0 && v === 2 ? -1 : v < t % 4 ? 1 : 0));
  for (const [i, id] of ids.entries()) if (i % 10 === 0) await seedComments(db, processId, { targetType: 'proposal', targetId: id }, voters, 2);
});

async function everyPage(query: Record<string, string>, viewer: { id: string } | null = null) {
  const seen: ProposalSummary[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = await listProposals(processId, { ...query, ...(cursor ? { cursor } : {}) }, viewer as never);
    expect(page.total).toBe(COUNT);
    seen.push(...page.proposals);
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor);
  return { seen, pages };
}

describe('the proposal list of a process with 1,200 proposals', () => {
  it('answers the newest first, 50 to a page, every proposal exactly once', async () => {
    const first = await listProposals(processId, {}, null);
    expect(first.proposals).toHaveLength(50);
    expect(first.proposals[0].id).toBe(`proposal-${COUNT - 1}`);
    const { seen, pages } = await everyPage({ limit: '100' });
    expect(pages).toBe(12);
    expect(seen.map((p) => p.id)).toEqual([...ids].reverse());
  });

  it('ranks by support and by discussion across pages, with each proposal’s counts and the viewer’s own vote', async () => {
    const { seen } = await everyPage({ sort: 'supported', limit: '100' }, { id: voters[0] });
    expect(new Set(seen.map((p) => p.id)).size).toBe(COUNT);
    const net = seen.map((p) => p.supports - p.opposes);
    expect(net).toEqual([...net].sort((a, b) => b - a));
    const p7 = seen.find((p) => p.id === 'proposal-7')!;
    expect(p7).toMatchObject({ supports: 3, opposes: 0, mine: 1 });
    expect(seen.find((p) => p.id === 'proposal-10')).toMatchObject({ supports: 2, opposes: 1, comments: 2 });

    const discussed = await everyPage({ sort: 'discussed', limit: '100' });
    expect(discussed.seen.slice(0, 120).every((p) => p.comments === 2)).toBe(true);
    expect(discussed.seen[120].comments).toBe(0);
  });

  it('refuses a cursor it did not write', async () => {
    await expect(listProposals(processId, { cursor: 'not-a-cursor' }, null)).rejects.toMatchObject({ status: 400, code: 'invalid_input' });
  });
});
