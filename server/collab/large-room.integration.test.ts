// A room of 3,000 marks loads again after it was stored and unloaded (a restart, an idle unload),
// also when 1,200 of them were hidden meanwhile: no query grows with the number of marks.
import { afterAll, beforeAll, expect, it } from 'vitest';

import { addAnnotation, annotationsMap } from '@/lib/collab/annotation';
import { seedRoom } from '@/server/testing/large-seed';

import { eventually } from './testing/harness';
import { markBy, startFixture, type Fixture, type Person } from './testing/fixture';

const COUNT = 3000;
const HIDDEN = 1200;
let fixture: Fixture;
let sam: Person;

beforeAll(async () => {
  fixture = await startFixture();
  sam = await fixture.person('Sam');
  await fixture.stopServer();
  await seedRoom(fixture.db, fixture.processId, COUNT, sam);
  await fixture.db.$executeRaw`UPDATE "Annotation" SET "hiddenAt" = ${new Date().toISOString()}, "hiddenReason" = 'spam' WHERE "id" < ${`mark-${String(HIDDEN).padStart(6, '0')}`}`;
  await fixture.startServer();
}, 120_000);

afterAll(async () => {
  await fixture?.stop();
});

it('loads a stored room of 3,000 marks, without the 1,200 hidden since, and loads it again after a restart', async () => {
  const first = await fixture.join(sam);
  await eventually(() => expect(annotationsMap(first.doc).size).toBe(COUNT - HIDDEN), 10_000);
  expect(annotationsMap(first.doc).has('mark-000000')).toBe(false);
  expect(await fixture.db.annotation.count({ where: { processId: fixture.processId } })).toBe(COUNT);
  expect(await fixture.db.annotation.count({ where: { processId: fixture.processId, hiddenInDoc: true } })).toBe(HIDDEN);

  const added = markBy(sam, { text: 'One more after all those' });
  addAnnotation(first.doc, added);
  await eventually(async () => expect(await fixture.db.annotation.findUnique({ where: { id: added.id } })).not.toBeNull(), 3000);

  await fixture.restart('SIGTERM');
  const again = await fixture.join(sam);
  expect(annotationsMap(again.doc).size).toBe(COUNT - HIDDEN + 1);
  expect(await fixture.db.annotation.count({ where: { processId: fixture.processId } })).toBe(COUNT + 1);
}, 60_000);
