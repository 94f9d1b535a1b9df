// The real collab server process with real y-websocket clients: authentication, the guard,
// durability across SIGKILL, and the Annotation projection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';

import { addAnnotation, annotationsMap, deleteAnnotation, FORMER_PARTICIPANT_NAME, listAnnotations, newAnnotationId, updateAnnotation, type Annotation } from '@/lib/collab/annotation';
import type { PrismaClient } from '@/server/generated/prisma/client';

import { TEST_SECRET, connect, eventually, kill, prepareDatabase, startServerProcess, synced, type RunningServer, type TestClient } from './testing/harness';
import { roomOfProcess, signCollabToken } from './token';

let db: PrismaClient;
let server: RunningServer;
let room: string;
let processId: string;
const clients: TestClient[] = [];
const people = {
  sam: { id: '', name: 'Sam', role: 'citizen' as const },
  kim: { id: '', name: 'Kim', role: 'citizen' as const },
  fran: { id: '', name: 'Fran', role: 'facilitator' as const },
};

const token = (person: (typeof people)[keyof typeof people], pid = processId, ttl = 600) =>
  signCollabToken({ sub: person.id, name: person.name, role: person.role, pid }, ttl, TEST_SECRET);

async function join(person: (typeof people)[keyof typeof people]) {
  const client = connect(server.port, room, await token(person));
  clients.push(client);
  await synced(client);
  return client;
}

const mark = (person: { id: string; name: string }, patch: Partial<Annotation> = {}): Annotation => ({
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

function rawClose(url: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url);
    socket.on('close', (code) => resolve(code));
    socket.on('error', () => undefined);
  });
}

beforeAll(async () => {
  process.env.DATABASE_URL = prepareDatabase();
  db = (await import('@/server/db')).db;
  for (const person of Object.values(people)) {
    person.id = (await db.user.create({ data: { name: person.name, role: person.role, email: `${person.name.toLowerCase()}@example.org` } })).id;
  }
  const created = await db.process.create({
    data: { slug: 'collab-test', title: 'Test', description: 'Test', status: 'open', boundsWest: -0.12, boundsSouth: 51.5, boundsEast: -0.08, boundsNorth: 51.53 },
  });
  processId = created.id;
  room = roomOfProcess(processId);
  server = await startServerProcess(process.env.DATABASE_URL);
}, 60_000);

afterAll(async () => {
  for (const client of clients) client.provider.destroy();
  if (server) await kill(server, 'SIGTERM');
  await db?.$disconnect();
});

describe('authentication', () => {
  it('refuses a socket without a token, with a forged one, an expired one, or one for another room', async () => {
    const base = `ws://localhost:${server.port}/${encodeURIComponent(room)}`;
    expect(await rawClose(base)).toBe(4401);
    expect(await rawClose(`${base}?token=${await signCollabToken({ ...people.sam, sub: people.sam.id, pid: processId }, 600, 'another-secret-entirely-000000')}`)).toBe(4401);
    expect(await rawClose(`${base}?token=${await token(people.sam, processId, -5)}`)).toBe(4401);
    expect(await rawClose(`${base}?token=${await token(people.sam, 'some-other-process')}`)).toBe(4403);
  });
});

describe('the shared map', () => {
  it('shares a mark between two people, and their edits and deletes', async () => {
    const [sam, kim] = [await join(people.sam), await join(people.kim)];
    const annotation = mark(people.sam);
    addAnnotation(sam.doc, annotation);
    await eventually(() => expect(listAnnotations(kim.doc).map((a) => a.id)).toContain(annotation.id));
    updateAnnotation(sam.doc, annotation.id, { text: 'Two benches' });
    await eventually(() => expect(annotationsMap(kim.doc).get(annotation.id)?.get('text')).toBe('Two benches'));
    deleteAnnotation(sam.doc, annotation.id);
    await eventually(() => expect(annotationsMap(kim.doc).has(annotation.id)).toBe(false));
  });

  it('never lets a forged delete or rewrite of another person’s mark reach others or storage', async () => {
    const [sam, witness] = [await join(people.sam), await join(people.fran)];
    const annotation = mark(people.sam);
    addAnnotation(sam.doc, annotation);
    await eventually(() => expect(annotationsMap(witness.doc).has(annotation.id)).toBe(true));

    for (const forge of [(doc: Y.Doc) => deleteAnnotation(doc, annotation.id), (doc: Y.Doc) => updateAnnotation(doc, annotation.id, { text: 'Vandalised' })]) {
      const attacker = await join(people.kim);
      await eventually(() => expect(annotationsMap(attacker.doc).has(annotation.id)).toBe(true));
      forge(attacker.doc);
      expect(await attacker.closed).toMatchObject({ code: 4403 });
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(annotationsMap(witness.doc).get(annotation.id)?.get('text')).toBe(annotation.text);

    const late = await join(people.fran);
    expect(annotationsMap(late.doc).get(annotation.id)?.get('text')).toBe(annotation.text);
    const log = await db.collabUpdate.findMany({ where: { room } });
    const replay = new Y.Doc();
    for (const row of log) Y.applyUpdate(replay, new Uint8Array(row.update));
    expect(annotationsMap(replay).get(annotation.id)?.get('text')).toBe(annotation.text);
  });

  it.each([
    ['a point in Paris', { geometry: { type: 'Point', coordinates: [2.35, 48.85] } }],
    ['NaN coordinates', { geometry: { type: 'Point', coordinates: [Number.NaN, 51.51] } }],
    ['a self-crossing area', { kind: 'polygon', geometry: { type: 'Polygon', coordinates: [[[-0.11, 51.51], [-0.1, 51.52], [-0.1, 51.51], [-0.11, 51.52], [-0.11, 51.51]]] } }],
    ['an open ring', { kind: 'polygon', geometry: { type: 'Polygon', coordinates: [[[-0.11, 51.51], [-0.1, 51.52], [-0.1, 51.51], [-0.11, 51.52]]] } }],
    ['a kind that does not match its shape', { kind: 'line' }],
    ['oversized text', { text: 'x'.repeat(20_000) }],
    ['someone else’s name', { authorName: 'The Mayor' }],
  ])('refuses %s, and nobody else sees it', async (_label, patch) => {
    const witness = await join(people.fran);
    const sender = await join(people.sam);
    const annotation = mark(people.sam, patch as Partial<Annotation>);
    addAnnotation(sender.doc, annotation);
    expect((await sender.closed).code).toBeGreaterThanOrEqual(4400);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(annotationsMap(witness.doc).has(annotation.id)).toBe(false);
    expect(await db.annotation.findUnique({ where: { id: annotation.id } })).toBeNull();
  });

  it('mirrors the document into Annotation rows within two seconds', async () => {
    const sam = await join(people.sam);
    const annotation = mark(people.sam, { text: 'Projected' });
    addAnnotation(sam.doc, annotation);
    const row = await eventually(async () => {
      const found = await db.annotation.findUnique({ where: { id: annotation.id } });
      expect(found).not.toBeNull();
      return found!;
    }, 2000);
    expect(row).toMatchObject({ processId, text: 'Projected', authorId: people.sam.id, kind: 'point' });
    deleteAnnotation(sam.doc, annotation.id);
    await eventually(async () => expect(await db.annotation.findUnique({ where: { id: annotation.id } })).toBeNull(), 2000);
  });
});

describe('presence', () => {
  it('shares presence, tolerates echoes, and refuses presence in someone else’s name', async () => {
    const [sam, kim] = [await join(people.sam), await join(people.kim)];
    sam.provider.awareness.setLocalState({ user: { id: people.sam.id, name: 'Sam', color: '#E69F00' }, cursor: [-0.1, 51.51], draft: null });
    kim.provider.awareness.setLocalState({ user: { id: people.kim.id, name: 'Kim', color: '#56B4E9' }, cursor: null, draft: null });
    await eventually(() => expect(kim.provider.awareness.getStates().get(sam.doc.clientID)).toMatchObject({ user: { id: people.sam.id } }));
    await eventually(() => expect(sam.provider.awareness.getStates().get(kim.doc.clientID)).toMatchObject({ user: { id: people.kim.id } }));
    expect(sam.provider.wsconnected && kim.provider.wsconnected).toBe(true);

    // Clearing one's own presence (leaving the page) is fine; so is an odd but harmless state.
    kim.provider.awareness.setLocalState(null);
    await eventually(() => expect(sam.provider.awareness.getStates().has(kim.doc.clientID)).toBe(false));
    kim.provider.awareness.setLocalState({ user: { id: people.kim.id, name: 'Kim', color: '#56B4E9' }, cursor: null, draft: null });
    await eventually(() => expect(sam.provider.awareness.getStates().has(kim.doc.clientID)).toBe(true));
    expect(kim.provider.wsconnected).toBe(true);

    const impostor = await join(people.kim);
    impostor.provider.awareness.setLocalState({ user: { id: people.sam.id, name: 'Sam', color: '#E69F00' }, cursor: null, draft: null });
    expect(await impostor.closed).toMatchObject({ code: 4403 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const seenBySam = [...sam.provider.awareness.getStates().values()].filter((state) => (state as { user?: { id: string } }).user?.id === people.sam.id);
    expect(seenBySam).toHaveLength(1);
  });
});

describe('durability', () => {
  it('loses no acknowledged mark when the server is killed with SIGKILL, and clients carry on', async () => {
    const [sam, witness] = [await join(people.sam), await join(people.kim)];
    const made: string[] = [];
    for (let i = 0; i < 25; i += 1) {
      const annotation = mark(people.sam, { text: `mark ${i}` });
      made.push(annotation.id);
      addAnnotation(sam.doc, annotation);
    }
    // Acknowledged: the server has shared every mark with another person.
    await eventually(() => expect(made.every((id) => annotationsMap(witness.doc).has(id))).toBe(true));

    await kill(server, 'SIGKILL');
    server = await startServerProcess(process.env.DATABASE_URL!, server.port);

    const fresh = await join(people.fran);
    expect(made.filter((id) => !annotationsMap(fresh.doc).has(id))).toEqual([]);

    // The first clients reconnect by themselves and keep working.
    await eventually(() => expect(sam.provider.wsconnected).toBe(true), 10_000);
    const after = mark(people.sam, { text: 'after the restart' });
    addAnnotation(sam.doc, after);
    await eventually(() => expect(annotationsMap(fresh.doc).has(after.id)).toBe(true));
    await eventually(() => expect(annotationsMap(witness.doc).has(after.id)).toBe(true), 10_000);
  }, 60_000);
});

describe('deleted accounts', () => {
  it('renames a deleted person’s marks to “former participant” when the room loads again', async () => {
    const leaver = { id: (await db.user.create({ data: { name: 'Lee Ver', role: 'citizen', email: 'lee@example.org' } })).id, name: 'Lee Ver', role: 'citizen' as const };
    const client = await join(leaver);
    const annotation = mark(leaver, { text: 'Kept after I leave' });
    addAnnotation(client.doc, annotation);
    await eventually(async () => expect(await db.annotation.findUnique({ where: { id: annotation.id } })).not.toBeNull(), 2000);
    client.provider.destroy();
    await db.user.update({ where: { id: leaver.id }, data: { deletedAt: new Date(), name: FORMER_PARTICIPANT_NAME, email: null } });

    await kill(server, 'SIGKILL');
    server = await startServerProcess(process.env.DATABASE_URL!, server.port);
    const reader = await join(people.fran);
    expect(annotationsMap(reader.doc).get(annotation.id)?.toJSON()).toMatchObject({ text: 'Kept after I leave', authorName: FORMER_PARTICIPANT_NAME, authorId: leaver.id });
  }, 30_000);
});
