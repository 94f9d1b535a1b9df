// A mark created and deleted in one update changes nothing: accepted, never shown, never stored.
import { afterAll, beforeAll, expect, it } from 'vitest';

import { addAnnotation, annotationsMap, deleteAnnotation } from '@/lib/collab/annotation';

import { markBy } from '../testing/fixture';
import { eventually } from '../testing/harness';
import { person, startInProcess, type InProcess } from '../testing/in-process';

let collab: InProcess;
const sam = person('sam', 'Sam', 'citizen');
const kim = person('kim', 'Kim', 'citizen');

beforeAll(async () => {
  collab = await startInProcess();
});
afterAll(() => collab.stop());

it('accepts a mark created and deleted in one update, and nobody sees or stores it', async () => {
  const [samClient, kimClient] = [await collab.join(sam), await collab.join(kim)];
  const fleeting = markBy(sam, { text: 'Never mind' });
  samClient.doc.transact(() => {
    addAnnotation(samClient.doc, fleeting);
    deleteAnnotation(samClient.doc, fleeting.id);
  });
  // A mark after it, in its own update, arrives: the connection was not refused.
  const lasting = markBy(sam, { text: 'This one stays' });
  addAnnotation(samClient.doc, lasting);
  await eventually(() => expect(annotationsMap(kimClient.doc).has(lasting.id)).toBe(true));
  expect(samClient.provider.wsconnected).toBe(true);
  expect(annotationsMap(kimClient.doc).has(fleeting.id)).toBe(false);
  await eventually(() => expect(collab.sink.rows.has(lasting.id)).toBe(true), 2000);
  expect(collab.sink.rows.has(fleeting.id)).toBe(false);
});
