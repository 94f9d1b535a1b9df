// A dot placed while another connection holds SQLite's write lock (as the collab server does when it stores
// marks): it is retried and lands once, or is refused with 503 `busy` and nothing stored — never a 500.
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it, vi } from 'vitest';

import type { Subject } from '@/lib/policy/subject';
import { sqliteFile } from '@/lib/database-url';
import { testsOnPostgresql } from '@/server/database/testing/test-database';
import type { PrismaClient } from '@/server/generated/prisma/client';
import { freshDatabase, seedProcess } from '@/server/testing/large-seed';

let asker: Subject | null = null;
vi.mock('@/server/auth/subject', () => ({ currentSubject: async () => asker }));

const SLUG = 'busy';
const S = 'session-busy';
const subject = (id: string): Subject => ({ id, name: id, role: 'citizen', blocked: false, deleted: false, guestOf: null });
const ann = subject('ann');
const bob = subject('bob');

let db: PrismaClient;
let other: Database;
let votes: typeof import('@/app/api/processes/[slug]/sessions/[id]/rounds/[roundId]/votes/route');
let roundId: string;

const place = (who: Subject, itemId: string) => {
  asker = who;
  const request = new Request(`http://localhost/api/processes/${SLUG}/sessions/${S}/rounds/${roundId}/votes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ itemType: 'mark', itemId }) });
  return votes.POST(request, { params: Promise.resolve({ slug: SLUG, id: S, roundId }) });
};

/** Another process's write transaction, held until the returned function ends it. */
function holdWriteLock(): () => void {
  other.exec(`BEGIN IMMEDIATE; UPDATE "Process" SET "description" = 'being written' WHERE "slug" = '${SLUG}'`);
  return () => other.exec('COMMIT');
}

describe.skipIf(testsOnPostgresql())('a dot placed while the database is busy', () => {
  beforeAll(async () => {
    process.env.CIVICTWIN_WRITES_PER_MINUTE = '1000';
    // SQLite's own wait blocks this thread (and so the lock holder below): keep it short, as the retries are what is tested.
    process.env.SQLITE_BUSY_TIMEOUT_MS = '50';
    db = await freshDatabase();
    other = new Database(sqliteFile(process.env.DATABASE_URL));
    other.exec('PRAGMA journal_mode = WAL');
    const processId = (await seedProcess(db, SLUG)).id;
    for (const who of [ann, bob]) await db.user.create({ data: { id: who.id, name: who.id, role: who.role } });
    const phases = [{ id: 'vote', title: 'Vote', instructions: '', allows: ['dots'] }];
    await db.liveSession.create({ data: { id: S, processId, title: 'Workshop', joinCode: 'BUSYAB', status: 'live', facilitatorId: ann.id, phases: JSON.stringify(phases), currentPhase: 'vote' } });
    for (const who of [ann, bob]) await db.sessionParticipant.create({ data: { sessionId: S, userId: who.id, displayName: who.id } });
    const now = new Date();
    for (const id of ['m1', 'm2']) {
      await db.annotation.create({ data: { id, processId, kind: 'point', geometry: JSON.stringify({ type: 'Point', coordinates: [-0.1, 51.51] }), category: 'idea', text: id, authorId: ann.id, authorName: 'ann', createdAt: now, updatedAt: now } });
    }
    roundId = (await db.dotRound.create({ data: { sessionId: S, dots: 1, perItemMax: 1 } })).id;
    votes = await import('@/app/api/processes/[slug]/sessions/[id]/rounds/[roundId]/votes/route');
  });

  it('lands once when the lock is released during its retries, and the budget still holds', async () => {
    const release = holdWriteLock();
    setTimeout(release, 120);
    const response = await place(ann, 'm1');
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ left: 0 });
    expect(await db.dot.count({ where: { roundId, userId: ann.id } })).toBe(1);
    const again = await place(ann, 'm2');
    expect([again.status, ((await again.json()) as { error: { code: string } }).error.code]).toEqual([409, 'no_dots_left']);
    expect(await db.dot.count({ where: { roundId, userId: ann.id } })).toBe(1);
  });

  it('is refused with 503 busy and Retry-After when the lock outlasts its retries, and nothing is stored', async () => {
    const release = holdWriteLock();
    let response: Response;
    try {
      response = await place(bob, 'm1');
    } finally {
      release();
    }
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('busy');
    expect(await db.dot.count({ where: { roundId, userId: bob.id } })).toBe(0);
    // Sent again once the database is free, it counts once.
    expect((await place(bob, 'm1')).status).toBe(201);
    expect(await db.dot.count({ where: { roundId, userId: bob.id } })).toBe(1);
  });
});
