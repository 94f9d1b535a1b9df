// A spam wave: 1,500 reported comments and 120 blocked people. The moderation page reads a page at
// a time, most reported first, and every item is reachable exactly once.
import { beforeAll, describe, expect, it, vi } from 'vitest';

import type { Viewer } from '@/lib/policy/subject';
import { freshDatabase, insertRows, seedComments, seedPeople, seedProcess, seedProposals } from '@/server/testing/large-seed';

import type { blockedParticipants as BlockedParticipants, moderationQueue as ModerationQueue } from './moderation-queue';

vi.mock('@/server/auth/session-claims', () => ({ sessionClaims: async () => null }));
vi.mock('@/server/auth/auth', () => ({ auth: async () => null, currentUser: async () => null, signOut: async () => undefined }));

const REPORTED = 1500;
const BLOCKED = 120;
let moderationQueue: typeof ModerationQueue;
let blockedParticipants: typeof BlockedParticipants;
let process: { id: string; status: 'open' };
let commentIds: string[];
const moderator = { id: 'moderator', role: 'facilitator', blocked: false, deleted: false } as unknown as Viewer;

beforeAll(async () => {
  const db = await freshDatabase();
  ({ moderationQueue, blockedParticipants } = await import('./moderation-queue'));
  process = { id: (await seedProcess(db)).id, status: 'open' };
  const people = await seedPeople(db, BLOCKED + 3);
  await insertRows(db, 'User', [{ id: 'moderator', name: 'Moderator', email: 'moderator@example.org', role: 'facilitator', locale: 'en', createdAt: new Date(), updatedAt: new Date() }]);
  const [proposalId] = await seedProposals(db, process.id, people[0], 1);
  commentIds = await seedComments(db, process.id, { targetType: 'proposal', targetId: proposalId }, people, REPORTED);
  // Comment i is reported by 1 + (i % 3) people.
  const flags = commentIds.flatMap((targetId, i) =>
    [0, 1, 2].slice(0, 1 + (i % 3)).map((r) => ({ id: `flag-${i}-${r}`, processId: process.id, reporterId: people[r], targetType: 'comment', targetId, reason: `spam ${i}`, createdAt: new Date(Date.UTC(2026, 2, 1) + i * 1000 + r) })),
  );
  await insertRows(db, 'Flag', flags);
  const blocked = people.slice(3);
  await db.user.updateMany({ where: { id: { in: blocked } }, data: { blockedAt: new Date(Date.UTC(2026, 3, 1)), blockedReason: 'spam' } });
  await insertRows(db, 'ModerationAction', blocked.map((targetId, i) => ({ id: `block-${i}`, processId: process.id, actorId: 'moderator', action: 'block', targetType: 'user', targetId, reason: 'spam', createdAt: new Date() })));
  for (const [i, id] of blocked.entries()) await db.user.update({ where: { id }, data: { blockedAt: new Date(Date.UTC(2026, 3, 1) + i * 1000) } });
});

describe('the moderation queue of a spam wave', () => {
  it('answers the 50 most reported items first, with their reports, and how many wait in all', async () => {
    const first = await moderationQueue(moderator, process);
    expect(first.total).toBe(REPORTED);
    expect(first.items).toHaveLength(50);
    expect(first.items.every((item) => item.reasons.length === 3)).toBe(true);
    expect(first.items[0]).toMatchObject({ targetType: 'comment', targetId: commentIds[2], excerpt: { text: expect.any(String) } });
    expect(first.items[0].reasons.map((r) => r.reason)).toEqual(['spam 2', 'spam 2', 'spam 2']);
    expect(first.nextCursor).toBeTruthy();
  });

  it('reaches every reported item exactly once, page after page, in order of reports', async () => {
    const seen: string[] = [];
    const counts: number[] = [];
    let cursor: string | null = null;
    do {
      const { pageQuerySchema } = await import('../page-cursor');
      const request = pageQuerySchema.parse({ limit: '100', ...(cursor ? { cursor } : {}) });
      const page = await moderationQueue(moderator, process, request);
      seen.push(...page.items.map((item) => item.targetId));
      counts.push(...page.items.map((item) => item.reasons.length));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(REPORTED);
    expect(new Set(seen).size).toBe(REPORTED);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('is refused to a citizen', async () => {
    await expect(moderationQueue({ id: 'someone', role: 'citizen', blocked: false, deleted: false } as unknown as Viewer, process)).rejects.toMatchObject({ status: 403 });
  });
});

describe('the blocked people of a process', () => {
  it('lists the most recently blocked first, a page at a time, each once', async () => {
    const first = await blockedParticipants(moderator, process, { limit: 50 });
    expect(first.total).toBe(BLOCKED);
    expect(first.items).toHaveLength(50);
    expect(first.items[0].id).toBe(`person-${BLOCKED + 2}`);
    const { pageQuerySchema } = await import('../page-cursor');
    const second = await blockedParticipants(moderator, process, pageQuerySchema.parse({ limit: '100', cursor: first.nextCursor }));
    expect(second.items).toHaveLength(BLOCKED - 50);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((p) => p.id)).size).toBe(BLOCKED);
  });
});
