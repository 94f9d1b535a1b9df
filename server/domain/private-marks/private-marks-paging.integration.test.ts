// A facilitator's private marks at volume: thousands of them are read a bounded page at a time,
// and neither reading them nor revealing them sends a statement whose parameters grow with the rows.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { newAnnotationId } from '@/lib/collab/annotation';
import type { Subject } from '@/lib/policy/subject';
import { prepareDatabase } from '@/server/collab/testing/harness';
import { markBy } from '@/server/collab/testing/fixture';
import { MAX_PAGE } from '@/server/domain/page-cursor';
import { parseNewestPage, type NewestPage } from '@/server/domain/page-newest';
import type { PrismaClient } from '@/server/generated/prisma/client';

vi.mock('@/server/auth/subject', () => ({ currentSubject: async () => null }));

const MARKS = 2_500;
const SLUG = 'paging-test';
const S = 'paging-session';
let db: PrismaClient;
let fay: Subject;
let list: typeof import('./list-private-marks').listPrivateMarks;
let reveal: typeof import('./reveal-private-marks').revealPrivateMarks;

const prepareOriginal = Database.prototype.prepare;

/**
 * The most parameters any one statement sent while `work` ran: SQLite's driver prepares each statement
 * it runs (its `?`s are counted), PostgreSQL's client gets each with its values.
 */
async function mostParameters(work: () => Promise<unknown>): Promise<number> {
  let most = -1;
  const spies: { mockRestore(): void }[] = [
    vi.spyOn(Database.prototype, 'prepare').mockImplementation(function (this: InstanceType<typeof Database>, sql: string) {
      most = Math.max(most, (sql.match(/\?/g) ?? []).length);
      return prepareOriginal.call(this, sql);
    } as never),
  ];
  if (process.env.DATABASE_URL?.startsWith('postgres')) {
    const { Client } = (await import('pg')).default;
    const queryOriginal = Client.prototype.query;
    spies.push(
      vi.spyOn(Client.prototype, 'query').mockImplementation(function (this: unknown, config: unknown, ...rest: unknown[]) {
        const values = config && typeof config === 'object' && 'values' in config ? (config as { values?: unknown[] }).values : rest[0];
        most = Math.max(most, Array.isArray(values) ? values.length : 0);
        return (queryOriginal as (...args: unknown[]) => unknown).call(this, config, ...rest);
      } as never),
    );
  }
  try {
    await work();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return most;
}

beforeAll(async () => {
  process.env.DATABASE_URL = prepareDatabase();
  db = (await import('@/server/db')).db;
  const created = await db.process.create({ data: { slug: SLUG, title: 'Paging', description: 'Paging', status: 'open', boundsWest: -0.12, boundsSouth: 51.5, boundsEast: -0.08, boundsNorth: 51.53 } });
  const user = await db.user.create({ data: { name: 'Fay', role: 'facilitator', email: `fay.${Date.now()}@example.org` } });
  const ann = await db.user.create({ data: { name: 'Ann', role: 'citizen', email: `ann.${Date.now()}@example.org` } });
  fay = { id: user.id, name: 'Fay', role: 'facilitator', blocked: false, deleted: false, guestOf: null };
  await db.liveSession.create({ data: { id: S, processId: created.id, title: 'Workshop', joinCode: 'PAGING', status: 'live', startedAt: new Date(), facilitatorId: user.id, privateMode: true } });
  const start = Date.now() - MARKS * 1000;
  const rows = Array.from({ length: MARKS }, (_, n) => {
    const mark = markBy({ id: ann.id, name: 'Ann' }, { id: newAnnotationId(), text: `Quiet idea ${n}` });
    return { id: mark.id, sessionId: S, processId: created.id, authorId: ann.id, annotation: JSON.stringify(mark), createdAt: new Date(start + n * 1000) };
  });
  for (let at = 0; at < rows.length; at += 100) await db.privateMark.createMany({ data: rows.slice(at, at + 100) });
  list = (await import('./list-private-marks')).listPrivateMarks;
  reveal = (await import('./reveal-private-marks')).revealPrivateMarks;
}, 60_000);

afterAll(async () => {
  await db?.$disconnect();
});

describe('private marks at volume', () => {
  it('are read a bounded page at a time, newest first, every one once, with statements of a fixed size', async () => {
    expect(() => parseNewestPage(new URLSearchParams({ limit: String(MARKS) }))).toThrow();
    const seen = new Set<string>();
    let pages = 0;
    let first: Awaited<ReturnType<typeof list>> | null = null;
    const most = await mostParameters(async () => {
      let query: NewestPage = { limit: MAX_PAGE };
      for (;;) {
        const page = await list(fay, SLUG, S, query);
        first ??= page;
        expect(page.items.length).toBeLessThanOrEqual(MAX_PAGE);
        for (const item of page.items) seen.add(item.id);
        pages += 1;
        if (!page.nextCursor) break;
        query = { limit: MAX_PAGE, cursor: parseNewestPage(new URLSearchParams({ cursor: page.nextCursor })).cursor };
      }
    });
    expect(first!.total).toBe(MARKS);
    expect(first!.pending).toBe(MARKS);
    expect(first!.items[0].text).toBe(`Quiet idea ${MARKS - 1}`);
    expect(pages).toBe(MARKS / MAX_PAGE);
    console.info(`${MARKS} private marks read in ${pages} pages; at most ${most} parameters in one statement`);
    expect(seen.size).toBe(MARKS);
    expect(most).toBeGreaterThanOrEqual(1);
    expect(most).toBeLessThanOrEqual(10);
  });

  it('are revealed all at once by one statement of a fixed size', async () => {
    let answer: { revealed: number } | null = null;
    const most = await mostParameters(async () => {
      answer = await reveal(fay, SLUG, S);
    });
    expect(answer).toEqual({ revealed: MARKS });
    expect(most).toBeGreaterThanOrEqual(1);
    expect(most).toBeLessThanOrEqual(10);
    expect((await list(fay, SLUG, S, { limit: 1 })).pending).toBe(0);
  });
});
