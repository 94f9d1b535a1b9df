// A real collab server process on a fresh database with a process and people in it, for the
// integration tests (one behaviour per file).
import { newAnnotationId, type Annotation } from '@/lib/collab/annotation';
import type { Role } from '@/lib/policy/roles';
import type { PrismaClient } from '@/server/generated/prisma/client';

import { roomOfProcess, signCollabToken } from '../token';
import { TEST_SECRET, connect, kill, prepareDatabase, startServerProcess, synced, type RunningServer, type TestClient } from './harness';

export type Person = { id: string; name: string; role: Role };

export type Fixture = {
  db: PrismaClient;
  server: RunningServer;
  processId: string;
  room: string;
  person(name: string, role?: Role, extra?: Record<string, unknown>): Promise<Person>;
  token(person: Person, ttlSeconds?: number): Promise<string>;
  join(person: Person): Promise<TestClient>;
  /** Connects without waiting for the sync (for sockets that are refused). */
  connectOnly(person: Person): Promise<TestClient>;
  restart(signal?: NodeJS.Signals): Promise<void>;
  stop(): Promise<void>;
  stopServer(signal?: NodeJS.Signals): Promise<void>;
  startServer(): Promise<void>;
};

export const BOUNDS = { boundsWest: -0.12, boundsSouth: 51.5, boundsEast: -0.08, boundsNorth: 51.53 };

export const markBy = (person: { id: string; name: string }, patch: Partial<Annotation> = {}): Annotation => ({
  id: newAnnotationId(),
  kind: 'point',
  geometry: { type: 'Point', coordinates: [-0.1, 51.515] },
  category: 'idea',
  text: `A bench, says ${person.name}`,
  authorId: person.id,
  authorName: person.name,
  createdAt: Date.now(),
  updatedAt: Date.now(),
  ...patch,
});

export async function startFixture(): Promise<Fixture> {
  process.env.DATABASE_URL = prepareDatabase();
  const db = (await import('@/server/db')).db;
  const created = await db.process.create({ data: { slug: 'collab-test', title: 'Test', description: 'Test', status: 'open', ...BOUNDS } });
  const clients: TestClient[] = [];
  let server: RunningServer | null = await startServerProcess(process.env.DATABASE_URL);
  let port = server.port;
  const fixture: Fixture = {
    db,
    get server() {
      return server!;
    },
    processId: created.id,
    room: roomOfProcess(created.id),
    async person(name, role = 'citizen', extra = {}) {
      const user = await db.user.create({ data: { name, role, email: `${name.toLowerCase().replaceAll(' ', '.')}.${Date.now()}@example.org`, ...extra } });
      return { id: user.id, name, role };
    },
    token: (person, ttlSeconds = 600) => signCollabToken({ sub: person.id, name: person.name, role: person.role, pid: created.id }, ttlSeconds, TEST_SECRET),
    async connectOnly(person) {
      const client = connect(port, fixture.room, await fixture.token(person));
      clients.push(client);
      return client;
    },
    async join(person) {
      const client = await fixture.connectOnly(person);
      await synced(client);
      return client;
    },
    async restart(signal = 'SIGKILL') {
      await fixture.stopServer(signal);
      await fixture.startServer();
    },
    async stopServer(signal: NodeJS.Signals = 'SIGTERM') {
      if (server) await kill(server, signal);
      server = null;
    },
    async startServer() {
      server = await startServerProcess(process.env.DATABASE_URL!, port);
      port = server.port;
    },
    async stop() {
      for (const client of clients) client.provider.destroy();
      if (server) await kill(server, 'SIGTERM');
      await db.$disconnect();
    },
  };
  return fixture;
}

/** Resolves with how long (ms) the client's socket stayed open after `since`, once the server closes it. */
export function closedWithin(client: TestClient, since: number): Promise<{ code: number; reason: string; afterMs: number }> {
  return client.closed.then((event) => ({ ...event, afterMs: Date.now() - since }));
}
