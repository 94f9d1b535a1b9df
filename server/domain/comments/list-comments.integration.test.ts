// A proposal with 3,000 comments: the thread answers its first page fast and the rest a page at a time.
import { beforeAll, describe, expect, it } from 'vitest';

import type { CommentThread } from '@/lib/participation/views';
import { freshDatabase, insertRows, seedComments, seedPeople, seedProcess, seedProposals, seedVotes } from '@/server/testing/large-seed';

import type { listComments as ListComments } from './list-comments';

const COUNT = 3000;
let listComments: typeof ListComments;
let ids: string[];
let people: string[];
let target: { targetType: 'proposal'; targetId: string };

beforeAll(async () => {
  const db = await freshDatabase();
  ({ listComments } = await import('./list-comments'));
  const processId = (await seedProcess(db)).id;
  people = await seedPeople(db, 3);
  const [proposalId] = await seedProposals(db, processId, people[0], 1);
  target = { targetType: 'proposal', targetId: proposalId };
  ids = await seedComments(db, processId, target, people, COUNT);
  // Two replies under every hundredth comment; comment i gets (i % 3) supports.
  const replies = ids.filter((_, i) => i % 100 === 0).flatMap((parentId, k) => [0, 1].map((r) => ({ id: `reply-${k}-${r}`, processId, ...target, parentId, authorId: people[r], body: `Reply ${r}`, createdAt: new Date(Date.UTC(2026, 5, 1) + k * 10 + r) })));
  await insertRows(db, 'Comment', replies);
  await seedVotes(db, processId, 'comment', ids, people, (t, v) => (v < t % 3 ? 1 : 0));
});

async function everyPage(query: Record<string, string>) {
  const seen: CommentThread = [];
  let cursor: string | null = null;
  do {
    const page = await listComments({ ...target, ...query, ...(cursor ? { cursor } : {}) }, { id: people[1] } as never);
    expect(page.total).toBe(COUNT + 60);
    seen.push(...page.comments);
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
}

describe('a thread of 3,000 comments', () => {
  it('shows the first 50 at once, then every comment once, oldest first, replies under their comment', async () => {
    const started = performance.now();
    const first = await listComments(target, null);
    const elapsed = performance.now() - started;
    expect(first.comments.map((c) => c.id)).toEqual(ids.slice(0, 50));
    expect(first.comments[0].replies.map((r) => r.body)).toEqual(['Reply 0', 'Reply 1']);
    expect(first.nextCursor).toBeTruthy();
    expect(elapsed).toBeLessThan(1500);

    const all = await everyPage({ limit: '100' });
    expect(all.map((c) => c.id)).toEqual(ids);
    expect(all.flatMap((c) => c.replies)).toHaveLength(60);
  });

  it('goes newest first, or most supported first, across pages with each comment’s counts', async () => {
    expect((await everyPage({ sort: 'newest', limit: '100' })).map((c) => c.id)).toEqual([...ids].reverse());
    const supported = await everyPage({ sort: 'supported', limit: '100' });
    expect(supported.map((c) => c.supports)).toEqual([...supported.map((c) => c.supports)].sort((a, b) => b - a));
    expect(supported[0]).toMatchObject({ id: ids[2], supports: 2, mine: 1 });
    expect(new Set(supported.map((c) => c.id)).size).toBe(COUNT);
  });
});
