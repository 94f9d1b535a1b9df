// The collab server for the flood benchmark, in its own process: a room seeded with N marks on an
// in-memory store, people admitted by their id as token. Prints its port, then serves.
import * as Y from 'yjs';

import { addAnnotation } from '@/lib/collab/annotation';
import { startCollabServer } from '@/server/collab/server';
import { markBy } from '@/server/collab/testing/fixture';
import { createMemorySink, person, PROCESS_ID, ROOM, RULES } from '@/server/collab/testing/in-process';
import { createMemoryStore } from '@/server/collab/persistence';

const marks = Number(process.argv[2] ?? 3000);
const people = new Map([person('fran', 'Fran', 'facilitator'), person('sam', 'Sam', 'citizen'), person('kim', 'Kim', 'citizen')].map((p) => [p.id, p]));

async function main() {
  const store = createMemoryStore();
  const seed = new Y.Doc();
  for (let i = 0; i < marks; i += 1) addAnnotation(seed, markBy(people.get('fran')!, { geometry: { type: 'Point', coordinates: [-0.11 + (i % 100) * 0.0002, 51.505 + Math.floor(i / 100) * 0.0003] } }));
  await store.append(ROOM, [{ update: Y.encodeStateAsUpdate(seed), actorId: 'seed' }]);
  console.warn = () => undefined; // one line per refusal is not what is measured
  const server = await startCollabServer({
    port: 0,
    store,
    sink: createMemorySink(),
    authenticate: async (request) => {
      const actor = people.get(new URLSearchParams((request.url ?? '').split('?')[1] ?? '').get('token') ?? '');
      return actor ? { ok: true, actor, visitorId: null, room: ROOM, processId: PROCESS_ID, rules: RULES } : { ok: false, code: 4401, reason: 'unknown token' };
    },
  });
  console.log(`port ${server.port}`);
}

void main();
