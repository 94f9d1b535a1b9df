// The collab server in this test's own process, on an in-memory store and sink, with people
// admitted by a plain token → actor table: for tests of one behaviour each, with real providers.
import type { Annotation } from '@/lib/collab/annotation';
import type { Role } from '@/lib/policy/roles';
import type { Subject } from '@/lib/policy/subject';

import type { Authenticate } from '../authenticate';
import type { Actor, RoomRules } from '../guard';
import { createMemoryStore } from '../persistence';
import type { AnnotationSink } from '../projection';
import { startCollabServer, type CollabServer } from '../server';
import { connect, synced, type TestClient } from './harness';

export const ROOM = 'process:test';
export const PROCESS_ID = 'test';
export const RULES: RoomRules = { bounds: [-0.12, 51.5, -0.08, 51.53], process: { id: PROCESS_ID, status: 'open' } };

/** A person as the policy sees them; a guest is in this process's live session. */
export const person = (id: string, name: string, role: Role, more: Partial<Subject> = {}): Subject => ({
  id,
  name,
  role,
  blocked: false,
  deleted: false,
  guestOf: role === 'guest' ? { sessionId: 'session-1', processId: PROCESS_ID, ended: false } : null,
  ...more,
});

export function createMemorySink() {
  const rows = new Map<string, Annotation>();
  const sink: AnnotationSink & { rows: Map<string, Annotation> } = {
    rows,
    async upsert(_processId, annotations) {
      for (const annotation of annotations) rows.set(annotation.id, annotation);
    },
    async remove(_processId, ids) {
      for (const id of ids) rows.delete(id);
    },
    async retainOnly(_processId, keepIds) {
      for (const id of [...rows.keys()]) if (!keepIds.includes(id)) rows.delete(id);
    },
  };
  return sink;
}

/** A memory store whose loads can be made to fail. */
export function createFlakyStore() {
  const inner = createMemoryStore();
  const store = Object.assign(inner, { failLoads: false });
  const load = inner.load.bind(inner);
  store.load = async (room) => {
    if (store.failLoads) throw new Error('storage cannot be read');
    return load(room);
  };
  return store;
}

export type InProcess = {
  server: CollabServer;
  store: ReturnType<typeof createFlakyStore>;
  sink: ReturnType<typeof createMemorySink>;
  join(actor: Actor): Promise<TestClient>;
  connectOnly(actor: Actor): TestClient;
  stop(): Promise<void>;
};

export async function startInProcess(store = createFlakyStore()): Promise<InProcess> {
  const sink = createMemorySink();
  const actors = new Map<string, Actor>();
  const authenticate: Authenticate = async (request) => {
    const token = new URLSearchParams((request.url ?? '').split('?')[1] ?? '').get('token');
    const actor = token ? actors.get(token) : undefined;
    return actor ? { ok: true, actor, visitorId: null, room: ROOM, processId: PROCESS_ID, rules: RULES } : { ok: false, code: 4401, reason: 'unknown token' };
  };
  const server = await startCollabServer({ port: 0, store, sink, authenticate });
  const clients: TestClient[] = [];
  const connectOnly = (actor: Actor) => {
    actors.set(actor.id, actor);
    const client = connect(server.port, ROOM, actor.id);
    clients.push(client);
    return client;
  };
  return {
    server,
    store,
    sink,
    connectOnly,
    async join(actor) {
      const client = connectOnly(actor);
      await synced(client);
      return client;
    },
    async stop() {
      for (const client of clients) client.provider.destroy();
      await server.close();
    },
  };
}
