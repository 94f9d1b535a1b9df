// deploy/nginx/civictwin.conf in front of two web processes (the production build, as `npm start` runs it)
// and two collab servers sharing one Redis: pages, health, the event stream unbuffered, WebSockets on both
// collab servers, the sign-in throttle per client address, and a collab server killed mid-session.
// Run by `npm test` after `next build` (deploy/vitest.config.ts); skipped, saying why, without nginx,
// redis-server or a build.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { addAnnotation, annotationsMap, type Annotation } from '@/lib/collab/annotation';
import { startWebServer, type WebServer } from '@/bench/web/web-server';
import { TEST_SECRET, connect, eventually, kill, prepareDatabase, startServerProcess, synced, type RunningServer, type TestClient } from '@/server/collab/testing/harness';
import { roomOfProcess, signCollabToken } from '@/server/collab/token';
import type { PrismaClient } from '@/server/generated/prisma/client';
import { startRedis, type RunningRedis } from '@/server/signals/testing/redis-server';
import { freePort } from '@/server/testing/free-port';

import { openStream, send, signIn } from './testing/http-client';
import { nginxInstalled, startNginx, type RunningNginx } from './testing/run-nginx';
import { markBy } from '@/server/collab/testing/fixture';

const missing = [
  !nginxInstalled() && 'nginx (apt-get install -y nginx)',
  spawnSync('redis-server', ['--version']).error && 'redis-server (apt-get install -y redis-server)',
  !fs.existsSync('.next/BUILD_ID') && 'a production build (npx next build; npm test builds first)',
].filter(Boolean);
if (missing.length > 0) console.log(`nginx test skipped: it needs ${missing.join(', ')}`);

const PASSWORD = 'a long enough password';
const SLUG = 'behind-nginx';
type Person = { id: string; name: string; email: string; role: 'citizen' | 'facilitator' };
const people: Record<'fran' | 'sam' | 'kim' | 'bo', Person> = {
  fran: { id: '', name: 'Fran', email: 'fran@example.org', role: 'facilitator' },
  sam: { id: '', name: 'Sam', email: 'sam@example.org', role: 'citizen' },
  kim: { id: '', name: 'Kim', email: 'kim@example.org', role: 'citizen' },
  bo: { id: '', name: 'Bo', email: 'bo@example.org', role: 'citizen' },
};

let db: PrismaClient;
let redis: RunningRedis;
const collab: RunningServer[] = [];
const web: WebServer[] = [];
let nginx: RunningNginx;
let processId: string;
const clients: TestClient[] = [];
/** The collab server the first client landed on. */
let samServer: RunningServer;

/** Starts two, keeping each that starts even when the other fails. */
async function startedInto<T>(list: T[], start: () => Promise<T>) {
  const results = await Promise.allSettled([start(), start()]);
  for (const result of results) if (result.status === 'fulfilled') list.push(result.value);
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
}

const json = async (url: string) => JSON.parse((await send(url)).body) as Record<string, unknown>;
const roomsOn = async (server: RunningServer) => (await json(`http://127.0.0.1:${server.port}/health`)).rooms as number;

async function joinThroughNginx(person: Person) {
  const token = await signCollabToken({ sub: person.id, name: person.name, role: person.role, pid: processId }, 600, TEST_SECRET);
  const client = connect(`ws://127.0.0.1:${nginx.port}/collab`, roomOfProcess(processId), token);
  clients.push(client);
  await synced(client);
  return client;
}

const mark = (person: Person, text: string): Annotation => markBy(person, { text });

beforeAll(async () => {
  if (missing.length > 0) return;
  redis = await startRedis();
  const databaseUrl = prepareDatabase();
  Object.assign(process.env, { DATABASE_URL: databaseUrl, REDIS_URL: redis.url, AUTH_SECRET: TEST_SECRET, TRUSTED_PROXY: '127.0.0.1' });
  db = (await import('@/server/db')).db;
  const { hashPassword } = await import('@/server/auth/password');
  const passwordHash = await hashPassword(PASSWORD);
  for (const person of Object.values(people)) {
    person.id = (await db.user.create({ data: { name: person.name, role: person.role, email: person.email, passwordHash } })).id;
  }
  processId = (await db.process.create({ data: { slug: SLUG, title: 'Behind nginx', description: 'Test', status: 'open', boundsWest: -0.12, boundsSouth: 51.5, boundsEast: -0.08, boundsNorth: 51.53 } })).id;
  // One kind after the other (a loaded machine starts four at once slowly); each kept as it starts, so afterAll stops it.
  await startedInto(collab, () => startServerProcess(databaseUrl, 0, { REDIS_URL: redis.url }));
  await startedInto(web, () => startWebServer(databaseUrl));
  const ports = (servers: { port: number }[]) => servers.map((server) => server.port) as [number, number];
  nginx = await startNginx({ listen: await freePort(), web: ports(web.map((server) => ({ port: Number(new URL(server.url).port) }))), collab: ports(collab) });
}, 180_000);

afterAll(async () => {
  for (const client of clients) client.provider.destroy();
  await nginx?.stop();
  await Promise.all([...collab.map((server) => kill(server, 'SIGTERM')), ...web.map((server) => server.stop())]);
  await db?.$disconnect();
  await redis?.stop();
});

describe.skipIf(missing.length > 0)('nginx in front of two web and two collab processes', () => {
  it('answers a page and every health check through nginx, and each upstream answers its own', async () => {
    expect(await json(`${nginx.url}/api/health`)).toEqual({ status: 'ok' });
    expect(await json(`${nginx.url}/collab/health`)).toMatchObject({ status: 'ok' });
    const page = await send(`${nginx.url}/p/${SLUG}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Behind nginx');
    for (const server of web) expect(await json(`${server.url}/api/health`)).toEqual({ status: 'ok' });
    for (const server of collab) expect(await json(`http://127.0.0.1:${server.port}/health`)).toMatchObject({ status: 'ok' });
  });

  it('streams live events through nginx as they happen, from whichever web process made them', async () => {
    const stream = openStream(`${nginx.url}/api/processes/${SLUG}/events`);
    try {
      // The stream's first line comes while the response stays open: nginx holds nothing back (nor gzips it,
      // though the client welcomes compression and the http block compresses every type).
      await eventually(() => expect(stream.received()).toContain('retry: 2000'), 15_000);
      const { session } = await signIn(nginx.url, people.fran.email, PASSWORD);
      expect(session).toBeTruthy();
      // The stream holds one web process, so nginx (least connections) sends this request to the other.
      const blocked = await send(`${nginx.url}/api/moderation/block`, {
        method: 'POST',
        headers: { cookie: session!, origin: nginx.url, 'content-type': 'application/json' },
        body: JSON.stringify({ process: SLUG, userId: people.bo.id, block: true, reason: 'Testing the stream' }),
      });
      expect(blocked.status).toBe(200);
      await eventually(() => expect(stream.received()).toContain(`"targetId":"${people.bo.id}"`), 15_000);
    } finally {
      stream.close();
    }
  });

  it('throttles sign-in guesses per client address, read from nginx’s X-Forwarded-For', async () => {
    // Five wrong passwords for one account from 127.0.0.2, spread by nginx over both web processes.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await signIn(nginx.url, people.sam.email, 'wrong password', '127.0.0.2')).location).toMatch(/code=invalid/);
    }
    // Then that address waits, even with the right password, and a made-up X-Forwarded-For does not help…
    const held = await signIn(nginx.url, people.sam.email, PASSWORD, '127.0.0.2', { 'x-forwarded-for': '198.51.100.9' });
    expect(held.session).toBeNull();
    expect(held.location).toMatch(/code=rate_limited:\d+/);
    // …while the account's owner signs in from another address.
    expect((await signIn(nginx.url, people.sam.email, PASSWORD, '127.0.0.3')).session).toBeTruthy();
  }, 90_000);

  it('puts two WebSocket clients on different collab servers, which share their edits', async () => {
    const sam = await joinThroughNginx(people.sam);
    const rooms = await eventually(async () => {
      const counts = await Promise.all(collab.map(roomsOn));
      expect([...counts].sort()).toEqual([0, 1]);
      return counts;
    });
    samServer = collab[rooms.indexOf(1)];
    const kim = await joinThroughNginx(people.kim);
    // Each server loads only the rooms its own clients use: both holding it means one client on each.
    await eventually(async () => expect(await Promise.all(collab.map(roomsOn))).toEqual([1, 1]));
    const annotation = mark(people.sam, 'A bench here');
    addAnnotation(sam.doc, annotation);
    await eventually(() => expect(annotationsMap(kim.doc).get(annotation.id)?.get('text')).toBe('A bench here'));
    const reply = mark(people.kim, 'And a tree');
    addAnnotation(kim.doc, reply);
    await eventually(() => expect(annotationsMap(sam.doc).has(reply.id)).toBe(true));
  });

  it('reconnects a killed collab server’s client through nginx to the other one, nothing lost', async () => {
    const [sam, kim] = clients;
    const made = [...annotationsMap(sam.doc).keys()];
    await kill(samServer, 'SIGKILL');
    const during = mark(people.sam, 'Made while reconnecting');
    addAnnotation(sam.doc, during);
    made.push(during.id);
    await eventually(() => expect(sam.provider.wsconnected).toBe(true), 15_000);
    await eventually(() => expect(annotationsMap(kim.doc).has(during.id)).toBe(true), 15_000);
    const after = mark(people.kim, 'Made after');
    addAnnotation(kim.doc, after);
    made.push(after.id);
    await eventually(() => expect(annotationsMap(sam.doc).has(after.id)).toBe(true), 10_000);
    const late = await joinThroughNginx(people.fran);
    expect(made.filter((id) => !annotationsMap(late.doc).has(id))).toEqual([]);
  }, 60_000);
});
