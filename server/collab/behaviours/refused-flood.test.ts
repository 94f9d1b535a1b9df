// A flood of refused changes in a 3,000-mark room does not hold back a bystander: judging a change
// costs what the change touches, not the room (bench/collab's "flood" scenario has the figures).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';

import { addAnnotation, annotationsMap, updateAnnotation } from '@/lib/collab/annotation';

import { updateMessage } from '../protocol';
import { markBy } from '../testing/fixture';
import { eventually } from '../testing/harness';
import { createFlakyStore, person, ROOM, startInProcess, type InProcess } from '../testing/in-process';

const MARKS = 3000;
const REFUSED = 200;
let collab: InProcess;
const fran = person('fran', 'Fran', 'facilitator');
const sam = person('sam', 'Sam', 'citizen');
const kim = person('kim', 'Kim', 'citizen');

beforeAll(async () => {
  const store = createFlakyStore();
  const seed = new Y.Doc();
  for (let i = 0; i < MARKS; i += 1) addAnnotation(seed, markBy(fran, { geometry: { type: 'Point', coordinates: [-0.11 + (i % 100) * 0.0002, 51.51 + Math.floor(i / 100) * 0.0003] } }));
  await store.append(ROOM, Y.encodeStateAsUpdate(seed), 'seed');
  collab = await startInProcess(store);
});
afterAll(() => collab.stop());

/** Opens a socket as `who`, sends one frame and resolves with the code the server closes it with. */
function sendOnce(who: string, frame: Uint8Array): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`ws://localhost:${collab.server.port}/${encodeURIComponent(ROOM)}?token=${who}`);
    socket.on('open', () => socket.send(frame));
    socket.on('close', (code) => resolve(code));
    socket.on('error', () => undefined);
  });
}

it('keeps a bystander’s round trip under 100 ms (p95) while 200 refused changes arrive', async () => {
  const bystander = await collab.join(sam);
  const observer = await collab.join(fran);
  collab.connectOnly(kim).provider.destroy(); // registers kim's token with the in-process server
  expect(annotationsMap(observer.doc).size).toBe(MARKS);
  const own = markBy(sam, { text: 't=0' });
  addAnnotation(bystander.doc, own);
  await eventually(() => expect(annotationsMap(observer.doc).has(own.id)).toBe(true));

  const latencies: number[] = [];
  annotationsMap(observer.doc).observeDeep(() => {
    const stamp = String(annotationsMap(observer.doc).get(own.id)?.get('text')).match(/^t=(\d+)$/);
    if (stamp && Number(stamp[1]) > 0) latencies.push(Date.now() - Number(stamp[1]));
  });
  let flooding = true;
  const pace = (async () => {
    while (flooding) {
      updateAnnotation(bystander.doc, own.id, { text: `t=${Date.now()}` });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();

  // A refused change ends its connection, so each costs the attacker a new one: ten at a time,
  // each a mark signed with someone else's name (refused whatever the room holds).
  const codes: number[] = [];
  for (let wave = 0; wave < REFUSED / 10; wave += 1) {
    codes.push(
      ...(await Promise.all(
        Array.from({ length: 10 }, () => {
          const forged = new Y.Doc();
          addAnnotation(forged, markBy(sam));
          return sendOnce(kim.id, updateMessage(Y.encodeStateAsUpdate(forged)));
        }),
      )),
    );
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
  flooding = false;
  await pace;

  expect(codes).toEqual(Array(REFUSED).fill(4403));
  latencies.sort((a, b) => a - b);
  expect(latencies.length).toBeGreaterThan(10);
  const p95 = latencies[Math.floor(latencies.length * 0.95)];
  expect(p95, `bystander round trips (ms): ${latencies.join(' ')}`).toBeLessThan(100);
}, 120_000);
