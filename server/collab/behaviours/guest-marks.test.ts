// A guest of a live session draws, changes and deletes their own marks, and nobody else's.
import { afterAll, beforeAll, expect, it } from 'vitest';

import { addAnnotation, annotationsMap, deleteAnnotation, updateAnnotation } from '@/lib/collab/annotation';

import { markBy } from '../testing/fixture';
import { eventually } from '../testing/harness';
import { person, startInProcess, type InProcess } from '../testing/in-process';

let collab: InProcess;
const guest = person('guest-1', 'Robin (guest)', 'guest');
const sam = person('sam', 'Sam', 'citizen');

beforeAll(async () => {
  collab = await startInProcess();
});
afterAll(() => collab.stop());

it('shares a guest’s own marks and edits, and refuses their touching someone else’s', async () => {
  const [robin, samClient] = [await collab.join(guest), await collab.join(sam)];
  const own = markBy(guest, { text: 'Crossing needed here' });
  addAnnotation(robin.doc, own);
  await eventually(() => expect(annotationsMap(samClient.doc).get(own.id)?.get('authorName')).toBe('Robin (guest)'));
  updateAnnotation(robin.doc, own.id, { text: 'A zebra crossing needed here' });
  await eventually(() => expect(annotationsMap(samClient.doc).get(own.id)?.get('text')).toBe('A zebra crossing needed here'));
  await eventually(() => expect(collab.sink.rows.get(own.id)?.text).toBe('A zebra crossing needed here'), 2000);

  const sams = markBy(sam);
  addAnnotation(samClient.doc, sams);
  await eventually(() => expect(annotationsMap(robin.doc).has(sams.id)).toBe(true));
  deleteAnnotation(robin.doc, sams.id);
  expect(await robin.closed).toMatchObject({ code: 4403 });
  expect(annotationsMap(samClient.doc).has(sams.id)).toBe(true);
});
