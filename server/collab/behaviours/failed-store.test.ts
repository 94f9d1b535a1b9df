// A change the server cannot store is not kept in memory or shared; the client keeps it and it
// arrives once storage works again (the client reconnects by itself).
import { afterAll, beforeAll, expect, it } from 'vitest';

import { addAnnotation, annotationsMap } from '@/lib/collab/annotation';
import { CLOSE_TRY_AGAIN } from '@/lib/collab/close-codes';

import { markBy } from '../testing/fixture';
import { eventually } from '../testing/harness';
import { ROOM, person, startInProcess, type InProcess } from '../testing/in-process';

let collab: InProcess;
const sam = person('sam', 'Sam', 'citizen');
const kim = person('kim', 'Kim', 'citizen');

beforeAll(async () => {
  collab = await startInProcess();
});
afterAll(() => collab.stop());

it('shares nothing it could not store, and takes the change again when storage is back', async () => {
  const [samClient, kimClient] = [await collab.join(sam), await collab.join(kim)];
  let closedWith = 0;
  samClient.provider.on('connection-close', (event) => (closedWith = event?.code ?? closedWith));
  collab.store.failWrites = true;
  const annotation = markBy(sam, { text: 'Written while storage was down' });
  addAnnotation(samClient.doc, annotation);
  await eventually(() => expect(closedWith).toBe(CLOSE_TRY_AGAIN));
  const room = await collab.server.rooms.get(ROOM)!;
  expect(annotationsMap(room.doc).has(annotation.id)).toBe(false);
  expect(annotationsMap(kimClient.doc).has(annotation.id)).toBe(false);

  collab.store.failWrites = false;
  await eventually(() => expect(annotationsMap(kimClient.doc).get(annotation.id)?.get('text')).toBe('Written while storage was down'), 10_000);
  expect((await collab.store.load(ROOM)).updates.length).toBeGreaterThan(0);
});
