// A mark must be stored under its own id: one filed under another key (to shadow or overwrite a
// different mark) is refused as invalid, and nobody sees it.
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as Y from 'yjs';

import { addAnnotation, annotationsMap } from '@/lib/collab/annotation';
import { CLOSE_INVALID } from '@/lib/collab/close-codes';

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

it('refuses a mark filed under another id', async () => {
  const [samClient, kimClient] = [await collab.join(sam), await collab.join(kim)];
  const kims = markBy(kim);
  addAnnotation(kimClient.doc, kims);
  await eventually(() => expect(annotationsMap(samClient.doc).has(kims.id)).toBe(true));

  const forged = markBy(sam, { text: 'Filed under Kim’s id' });
  const entry = new Y.Map<unknown>();
  samClient.doc.transact(() => {
    for (const [key, value] of Object.entries(forged)) entry.set(key, value);
    annotationsMap(samClient.doc).set('elsewhere-0001', entry);
  });
  expect(await samClient.closed).toMatchObject({ code: CLOSE_INVALID, reason: expect.stringMatching(/^invalidMark:/) });
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(annotationsMap(kimClient.doc).has('elsewhere-0001')).toBe(false);
  expect(collab.sink.rows.has('elsewhere-0001')).toBe(false);
  expect(annotationsMap(kimClient.doc).get(kims.id)?.get('text')).toBe(kims.text);
});
