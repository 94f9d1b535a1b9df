// Changes that arrive while a write is in flight are judged one by one against the document with
// the waiting ones in it, stored together in the next write, and shared only once stored. A failed
// write drops its group and all that waited behind it; their senders reconnect and send them again.
import { afterEach, beforeEach, expect, it } from 'vitest';

import { addAnnotation, annotationsMap, updateAnnotation } from '@/lib/collab/annotation';
import { CLOSE_TRY_AGAIN } from '@/lib/collab/close-codes';

import type { Room } from '../room';
import { markBy } from '../testing/fixture';
import { eventually, type TestClient } from '../testing/harness';
import { createFlakyStore, person, ROOM, startInProcess, type InProcess } from '../testing/in-process';

const [sam, kim, lou, obs] = [person('sam', 'Sam', 'citizen'), person('kim', 'Kim', 'citizen'), person('lou', 'Lou', 'citizen'), person('obs', 'Obs', 'citizen')];
let collab: InProcess;
/** Each write waits for release(); `groups` has the number of changes in each. */
let groups: number[];
let held: (() => void)[];
let holding: boolean;
const release = () => eventually(() => expect(held.length).toBeGreaterThan(0)).then(() => held.shift()!());

beforeEach(async () => {
  [groups, held, holding] = [[], [], true];
  const store = createFlakyStore();
  const append = store.append.bind(store);
  store.append = async (room, changes) => {
    groups.push(changes.length);
    if (holding) await new Promise<void>((resolve) => held.push(resolve));
    return append(room, changes);
  };
  collab = await startInProcess(store);
});
afterEach(() => collab.stop());

const has = (client: TestClient | Room, id: string) => annotationsMap(client.doc).has(id);
const closedWith = (client: TestClient) => new Promise<number>((resolve) => client.provider.once('connection-close', (event) => resolve(event?.code ?? 0)));

it('stores the changes made during a write in one write, and shares them only after it', async () => {
  const [samClient, kimClient, louClient, observer] = [await collab.join(sam), await collab.join(kim), await collab.join(lou), await collab.join(obs)];
  const room = await collab.server.rooms.get(ROOM)!;
  const [a, b, c] = [markBy(sam), markBy(kim), markBy(lou)];
  addAnnotation(samClient.doc, a);
  await eventually(() => expect(groups).toEqual([1]));
  addAnnotation(kimClient.doc, b);
  addAnnotation(louClient.doc, c);
  // Kim's second change builds on the first, which is not stored yet: judged with it, not refused.
  updateAnnotation(kimClient.doc, b.id, { text: 'Moved while the first was waiting' });
  await eventually(() => expect(room.unstored).toBe(4));
  expect([has(observer, a.id), has(observer, b.id), has(room, a.id)]).toEqual([false, false, false]);

  await release();
  await eventually(() => expect(has(observer, a.id)).toBe(true));
  expect(groups).toEqual([1, 3]);
  expect([has(observer, b.id), has(observer, c.id), has(room, b.id), has(samClient, b.id)]).toEqual([false, false, false, false]);

  await release();
  await eventually(() => expect([has(observer, b.id), has(observer, c.id), has(samClient, c.id), has(kimClient, c.id), has(louClient, b.id)]).toEqual([true, true, true, true, true]));
  expect(annotationsMap(observer.doc).get(b.id)?.get('text')).toBe('Moved while the first was waiting');
  expect(groups).toEqual([1, 3]);
  expect(kimClient.provider.wsconnected && louClient.provider.wsconnected).toBe(true);
});

it('drops a failed write and the changes waiting behind it, shares none of them, and takes them again on reconnection', async () => {
  const [samClient, kimClient, louClient, observer] = [await collab.join(sam), await collab.join(kim), await collab.join(lou), await collab.join(obs)];
  const room = await collab.server.rooms.get(ROOM)!;
  const [a, b] = [markBy(sam), markBy(kim)];
  const [samClosed, kimClosed] = [closedWith(samClient), closedWith(kimClient)];
  addAnnotation(samClient.doc, a);
  await eventually(() => expect(groups).toEqual([1]));
  addAnnotation(kimClient.doc, b);
  await eventually(() => expect(room.unstored).toBe(2));

  collab.store.failWrites = true;
  await release();
  expect(await Promise.all([samClosed, kimClosed])).toEqual([CLOSE_TRY_AGAIN, CLOSE_TRY_AGAIN]);
  expect([has(room, a.id), has(room, b.id), has(observer, a.id), has(observer, b.id), room.unstored]).toEqual([false, false, false, false, 0]);
  expect(louClient.provider.wsconnected).toBe(true);

  collab.store.failWrites = false;
  holding = false;
  held.forEach((resolve) => resolve());
  await eventually(() => expect([has(observer, a.id), has(observer, b.id), has(louClient, a.id)]).toEqual([true, true, true]), 10_000);
  const stored = await collab.store.load(ROOM);
  expect(stored.updates.length).toBeGreaterThan(0);
});
