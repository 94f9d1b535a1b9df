// Two collab server processes sharing rooms through one Redis, behind a round-robin balancer, with
// plain y-websocket clients: sync and presence across servers, the guard on either side, a block
// made in the web app closing a socket at once, and a server killed mid-session.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';

import { addAnnotation, annotationsMap, updateAnnotation, type Annotation } from '@/lib/collab/annotation';
import { CLOSE_GONE } from '@/lib/collab/close-codes';
import type { PrismaClient } from '@/server/generated/prisma/client';
import { startRedis, type RunningRedis } from '@/server/signals/testing/redis-server';

import { TEST_SECRET, connect, eventually, kill, prepareDatabase, startServerProcess, synced, type RunningServer, type TestClient } from './testing/harness';
import { startRoundRobinProxy, type RoundRobinProxy } from './testing/round-robin-proxy';
import { roomOfProcess, signCollabToken } from './token';
import { markBy } from '@/server/collab/testing/fixture';

// The web app's block runs here as a web process would; who is signed in does not matter to it.
vi.mock('@/server/auth/session-claims', () => ({ sessionClaims: async () => null }));
vi.mock('@/server/auth/auth', () => ({ auth: async () => null, currentUser: async () => null, signOut: async () => undefined }));

type Person = { id: string; name: string; role: 'citizen' | 'facilitator' };

let db: PrismaClient;
let redis: RunningRedis;
let servers: RunningServer[] = [];
let balancer: RoundRobinProxy;
let room: string;
let processId: string;
const clients: TestClient[] = [];
const people: Record<'sam' | 'kim' | 'fran' | 'bo', Person> = {
  sam: { id: '', name: 'Sam', role: 'citizen' },
  kim: { id: '', name: 'Kim', role: 'citizen' },
  fran: { id: '', name: 'Fran', role: 'facilitator' },
  bo: { id: '', name: 'Bo', role: 'citizen' },
};

async function join(person: Person, port: number) {
  const client = connect(port, room, await signCollabToken({ sub: person.id, name: person.name, role: person.role, pid: processId }, 600, TEST_SECRET));
  clients.push(client);
  await synced(client);
  return client;
}

const mark = (person: Person, text: string): Annotation => markBy(person, { text });

const presence = (person: Person) => ({ user: { id: person.id, name: person.name, color: '#E69F00' }, cursor: [-0.1, 51.51], draft: null });
const storedUpdates = () => db.collabUpdate.count({ where: { room } });

/** The marks a stored update creates (new entries of the annotations map). */
function marksCreatedBy(update: Uint8Array): string[] {
  return Y.decodeUpdate(update).structs.flatMap((struct) => (struct instanceof Y.Item && (struct.parent as unknown) === 'annotations' && struct.parentSub && struct.content instanceof Y.ContentType ? [struct.parentSub] : []));
}

beforeAll(async () => {
  redis = await startRedis();
  process.env.REDIS_URL = redis.url;
  process.env.DATABASE_URL = prepareDatabase();
  db = (await import('@/server/db')).db;
  for (const person of Object.values(people)) {
    person.id = (await db.user.create({ data: { name: person.name, role: person.role, email: `${person.name.toLowerCase()}@example.org` } })).id;
  }
  processId = (await db.process.create({ data: { slug: 'two-servers', title: 'Test', description: 'Test', status: 'open', boundsWest: -0.12, boundsSouth: 51.5, boundsEast: -0.08, boundsNorth: 51.53 } })).id;
  room = roomOfProcess(processId);
  servers = await Promise.all([0, 1].map(() => startServerProcess(process.env.DATABASE_URL!, 0, { REDIS_URL: redis.url, COLLAB_IDLE_UNLOAD_MS: '500' })));
  balancer = await startRoundRobinProxy(servers.map((server) => server.port));
}, 60_000);

afterAll(async () => {
  for (const client of clients) client.provider.destroy();
  await balancer?.close();
  await Promise.all(servers.map((server) => kill(server, 'SIGTERM')));
  const { signalBus } = await import('@/server/signals/signal-bus');
  const { sharedRedis } = await import('@/server/signals/redis-connection');
  await signalBus().close();
  await (await sharedRedis(redis.url)).close();
  await db?.$disconnect();
  await redis?.stop();
});

describe('two collab servers sharing a room through Redis', () => {
  it('shares edits and presence between people on different servers, each update stored once', async () => {
    const before = await storedUpdates();
    const [sam, kim] = [await join(people.sam, servers[0].port), await join(people.kim, servers[1].port)];
    const annotation = mark(people.sam, 'A bench here');
    addAnnotation(sam.doc, annotation);
    await eventually(() => expect(annotationsMap(kim.doc).get(annotation.id)?.get('text')).toBe('A bench here'));
    const reply = mark(people.kim, 'And a tree');
    addAnnotation(kim.doc, reply);
    await eventually(() => expect(annotationsMap(sam.doc).has(reply.id)).toBe(true));
    expect(await storedUpdates()).toBe(before + 2);

    sam.provider.awareness.setLocalState(presence(people.sam));
    await eventually(() => expect(kim.provider.awareness.getStates().get(sam.doc.clientID)).toMatchObject({ user: { id: people.sam.id } }));
    sam.provider.awareness.setLocalState(null);
    await eventually(() => expect(kim.provider.awareness.getStates().has(sam.doc.clientID)).toBe(false));
  });

  it('refuses a forged change on either server, and it never reaches the other one', async () => {
    for (const [home, other] of [[0, 1], [1, 0]]) {
      const owner = await join(people.sam, servers[other].port);
      const annotation = mark(people.sam, 'Mine');
      addAnnotation(owner.doc, annotation);
      const attacker = await join(people.bo, servers[home].port);
      await eventually(() => expect(annotationsMap(attacker.doc).has(annotation.id)).toBe(true));
      const before = await storedUpdates();
      updateAnnotation(attacker.doc, annotation.id, { text: 'Vandalised' });
      expect(await attacker.closed).toMatchObject({ code: 4403 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(annotationsMap(owner.doc).get(annotation.id)?.get('text')).toBe('Mine');
      expect(await storedUpdates()).toBe(before);
      attacker.provider.destroy();
    }
  });

  it('closes a blocked person’s socket on the other server as soon as the web app blocks them', async () => {
    const kim = await join(people.kim, servers[1].port);
    const { blockParticipant } = await import('@/server/domain/moderation/block-participant');
    const { SUBJECT_SELECT, toSubject } = await import('@/server/auth/subject-row');
    const facilitator = toSubject((await db.user.findUniqueOrThrow({ where: { id: people.fran.id }, select: SUBJECT_SELECT })))!;
    const started = Date.now();
    await blockParticipant(facilitator, { id: processId, status: 'open' }, { userId: people.kim.id, block: true, reason: 'Testing the signal' });
    expect(await kim.closed).toMatchObject({ code: CLOSE_GONE });
    // The signal, not the watch's five-second safety poll.
    expect(Date.now() - started).toBeLessThan(2500);
    kim.provider.destroy();
  });

  it('carries on through the balancer when a server is killed mid-session: nothing acknowledged lost, nothing stored twice', async () => {
    const before = (await db.collabUpdate.aggregate({ where: { room }, _max: { id: true } }))._max.id ?? 0;
    // Round robin: two people, two servers.
    const [sam, fran] = [await join(people.sam, balancer.port), await join(people.fran, balancer.port)];
    const made: string[] = [];
    const edit = (client: TestClient, person: Person) => {
      const annotation = mark(person, `mark ${made.length}`);
      made.push(annotation.id);
      addAnnotation(client.doc, annotation);
    };
    for (let i = 0; i < 10; i += 1) {
      edit(sam, people.sam);
      edit(fran, people.fran);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await kill(servers[0], 'SIGKILL');
    for (let i = 0; i < 5; i += 1) edit(sam, people.sam);
    for (let i = 0; i < 5; i += 1) edit(fran, people.fran);

    await eventually(() => expect(sam.provider.wsconnected && fran.provider.wsconnected).toBe(true), 10_000);
    const all = (doc: Y.Doc) => made.every((id) => annotationsMap(doc).has(id));
    await eventually(() => expect(all(sam.doc) && all(fran.doc)).toBe(true), 10_000);
    const late = await join(people.sam, balancer.port);
    expect(made.filter((id) => !annotationsMap(late.doc).has(id))).toEqual([]);
    // Offline edits travel in one message when their client reconnects: count marks, not rows.
    const rows = await db.collabUpdate.findMany({ where: { room, id: { gt: before } }, select: { update: true } });
    const stored = rows.flatMap((row) => marksCreatedBy(new Uint8Array(row.update)));
    expect(stored.sort()).toEqual([...made].sort());
  }, 60_000);

  it('unloads a room nobody on a server uses any more, and stops listening to it', async () => {
    for (const client of clients) client.provider.destroy();
    const health = async () => ((await (await fetch(`http://127.0.0.1:${servers[1].port}/health`)).json()) as { rooms: number }).rooms;
    await eventually(async () => expect(await health()).toBe(0), 10_000);
    const { sharedRedis } = await import('@/server/signals/redis-connection');
    const listeners = await (await sharedRedis(redis.url)).sendCommand(['PUBSUB', 'NUMSUB', `civictwin:room:${room}`]);
    expect(listeners).toEqual([`civictwin:room:${room}`, 0]);
  });
});
