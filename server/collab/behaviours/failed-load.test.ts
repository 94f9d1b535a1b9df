// A room whose storage cannot be read is never started empty over what is stored: the client is
// asked to try again, and once storage answers it gets everything that was there.
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as Y from 'yjs';

import { addAnnotation, annotationsMap } from '@/lib/collab/annotation';
import { CLOSE_TRY_AGAIN } from '@/lib/collab/close-codes';

import type { StoredRoom } from '../persistence';
import { markBy } from '../testing/fixture';
import { eventually } from '../testing/harness';
import { ROOM, createFlakyStore, person, startInProcess, type InProcess } from '../testing/in-process';

/** The kept mark's text as storage holds it (snapshot and log replayed). */
function storedText(stored: StoredRoom): unknown {
  const doc = new Y.Doc();
  for (const update of [...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates]) Y.applyUpdate(doc, update);
  return annotationsMap(doc).get('kept-mark-0001')?.get('text');
}

const sam = person('sam', 'Sam', 'citizen');
const store = createFlakyStore();
let collab: InProcess;

beforeAll(async () => {
  const before = await startInProcess(store);
  const client = await before.join(sam);
  addAnnotation(client.doc, markBy(sam, { id: 'kept-mark-0001', text: 'Stored before the outage' }));
  await eventually(async () => expect(storedText(await store.load(ROOM))).toBe('Stored before the outage'));
  await before.stop();
  collab = await startInProcess(store);
});
afterAll(() => collab.stop());

it('refuses to open a room it cannot read, stores nothing over it, and serves it once storage is back', async () => {
  store.failLoads = true;
  const reader = collab.connectOnly(person('kim', 'Kim', 'citizen'));
  let closedWith = 0;
  reader.provider.on('connection-close', (event) => (closedWith = event?.code ?? closedWith));
  await eventually(() => expect(closedWith).toBe(CLOSE_TRY_AGAIN));
  expect(annotationsMap(reader.doc).size).toBe(0);
  expect(collab.server.rooms.has(ROOM)).toBe(false);

  store.failLoads = false;
  await eventually(() => expect(annotationsMap(reader.doc).get('kept-mark-0001')?.get('text')).toBe('Stored before the outage'), 10_000);
  expect(storedText(await store.load(ROOM))).toBe('Stored before the outage');
});
