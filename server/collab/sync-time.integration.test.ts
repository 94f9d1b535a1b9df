// How long a new participant waits for a 20,000-mark room: the room loading from storage (cold)
// and already loaded (warm), measured on the real server process with a real y-websocket client.
import { afterAll, beforeAll, expect, it } from 'vitest';

import { annotationsMap } from '@/lib/collab/annotation';
import { seedRoom } from '@/server/testing/large-seed';

import { synced } from './testing/harness';
import { startFixture, type Fixture, type Person } from './testing/fixture';

const COUNT = 20_000;
/** The goal is under 3 s for a loaded room on the project's machine, idle (README); the bounds leave room for a busy one. */
const WARM_BOUND_MS = 10_000;
const COLD_BOUND_MS = 60_000;
let fixture: Fixture;
let sam: Person;

beforeAll(async () => {
  fixture = await startFixture();
  sam = await fixture.person('Sam');
  await fixture.stopServer();
  await seedRoom(fixture.db, fixture.processId, COUNT, sam);
  await fixture.startServer();
}, 120_000);

afterAll(async () => {
  await fixture?.stop();
});

async function timedJoin(): Promise<number> {
  const started = performance.now();
  const client = await fixture.connectOnly(sam);
  await synced(client, 60_000);
  const elapsed = performance.now() - started;
  expect(annotationsMap(client.doc).size).toBe(COUNT);
  return elapsed;
}

it('a new participant has all 20,000 marks within the bound, the room cold or loaded', async () => {
  const cold = await timedJoin();
  const warm = [await timedJoin(), await timedJoin(), await timedJoin()].sort((a, b) => a - b)[1];
  console.log(`sync of ${COUNT.toLocaleString('en')} marks: cold ${cold.toFixed(0)} ms, warm (median of 3) ${warm.toFixed(0)} ms`);
  expect(cold).toBeLessThan(COLD_BOUND_MS);
  expect(warm).toBeLessThan(WARM_BOUND_MS);
}, 180_000);
