// Vote counts for 1,200 targets at once (a long thread's comments): sent to the database in bounded chunks.
import { beforeAll, expect, it } from 'vitest';

import { freshDatabase, seedPeople, seedProcess, seedVotes } from '@/server/testing/large-seed';

import type { voteCounts as VoteCounts } from './vote-counts';

let voteCounts: typeof VoteCounts;
let people: string[];
const ids = Array.from({ length: 1200 }, (_, i) => `target-${i}`);

beforeAll(async () => {
  const db = await freshDatabase();
  ({ voteCounts } = await import('./vote-counts'));
  const processId = (await seedProcess(db)).id;
  people = await seedPeople(db, 3);
  await seedVotes(db, processId, 'comment', ids, people, (t, v) => (v === 2 ? -1 : v <= t % 2 ? 1 : 0));
});

it('counts support and opposition for 1,200 targets, with the viewer’s own vote', async () => {
  const counts = await voteCounts('comment', ids, people[1]);
  expect(counts.size).toBe(1200);
  expect(counts.get('target-0')).toEqual({ supports: 1, opposes: 1, mine: 0 });
  expect(counts.get('target-1199')).toEqual({ supports: 2, opposes: 1, mine: 1 });
  expect([...counts.values()].reduce((n, c) => n + c.supports, 0)).toBe(1800);
});
