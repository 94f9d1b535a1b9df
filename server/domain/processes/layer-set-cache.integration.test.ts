import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import territory from '@/prisma/seed-data/demo-territory.json';
import { prepareDatabase } from '@/server/collab/testing/harness';

// get-process reads the viewer's standing, which imports next-auth: nobody is signed in here.
vi.mock('@/server/auth/session-claims', () => ({ sessionClaims: async () => null }));
vi.mock('@/server/auth/auth', () => ({ auth: async () => null, currentUser: async () => null, signOut: async () => undefined }));

let db: (typeof import('@/server/db'))['db'];
let cache: typeof import('./layer-set-cache');
let events: typeof import('@/server/domain/events/process-events');
let getPublicProcess: (typeof import('./get-process'))['getPublicProcess'];
let processId = '';
let userId = '';

const layer = (name: string, position: number) => ({
  processId, slug: name, name, description: '', owner: 'Test', attribution: '', style: '{"color":"#000000","opacity":1}', legend: '[]',
  sourceType: 'xyz', sourceUrl: 'https://tiles.example.org/{z}/{x}/{y}.png', position, attributes: '[]',
});

beforeAll(async () => {
  process.env.DATABASE_URL = prepareDatabase();
  ({ db } = await import('@/server/db'));
  cache = await import('./layer-set-cache');
  events = await import('@/server/domain/events/process-events');
  ({ getPublicProcess } = await import('./get-process'));
  userId = (await db.user.create({ data: { email: 'cache@example.org', name: 'Cache', role: 'admin', passwordHash: 'x' } })).id;
  const [w, s, e, n] = territory.bounds;
  processId = (await db.process.create({ data: { slug: 'cached', title: 'Cached', description: '', status: 'open', boundsWest: w, boundsSouth: s, boundsEast: e, boundsNorth: n, categories: '[]', createdById: userId } })).id;
  await db.layer.create({ data: layer('first', 0) });
}, 60_000);

beforeEach(() => cache.forgetLayerSets());

describe('the layer-set cache', () => {
  it('serves the layers from memory until a layer change of that process is announced', async () => {
    expect((await cache.layerSetOf(processId)).layers.map((l) => l.name)).toEqual(['first']);
    const second = await db.layer.create({ data: layer('second', 1) });
    // Written behind the services' back: not announced, so not seen yet — the proof it is cached.
    expect((await cache.layerSetOf(processId)).layers.map((l) => l.name)).toEqual(['first']);
    events.publishProcessEvent(processId, { type: 'comment', targetType: 'proposal', targetId: 'x' });
    expect((await cache.layerSetOf(processId)).layers).toHaveLength(1);
    events.publishProcessEvent(processId, { type: 'layers', targetType: 'layer', targetId: second.id });
    expect((await cache.layerSetOf(processId)).layers.map((l) => l.name)).toEqual(['first', 'second']);
    await db.layer.delete({ where: { id: second.id } });
    events.publishProcessEvent(processId, { type: 'layers', targetType: 'layer', targetId: second.id });
  });

  it('drops a load that a change overtook, so the older read is not kept', async () => {
    const loading = cache.layerSetOf(processId);
    const added = await db.layer.create({ data: layer('late', 1) });
    events.publishProcessEvent(processId, { type: 'layers', targetType: 'layer', targetId: added.id });
    await loading;
    expect((await cache.layerSetOf(processId)).layers.map((l) => l.name)).toEqual(['first', 'late']);
    await db.layer.delete({ where: { id: added.id } });
    events.publishProcessEvent(processId, { type: 'layers', targetType: 'layer', targetId: added.id });
  });

  it('hears a change announced by another copy of the event module, as each route bundle has its own', async () => {
    await cache.layerSetOf(processId);
    const added = await db.layer.create({ data: layer('from-another-bundle', 1) });
    vi.resetModules();
    const otherCopy = await import('@/server/domain/events/process-events');
    expect(otherCopy).not.toBe(events);
    otherCopy.publishProcessEvent(processId, { type: 'layers', targetType: 'layer', targetId: added.id });
    expect((await cache.layerSetOf(processId)).layers.map((l) => l.name)).toEqual(['first', 'from-another-bundle']);
    await db.layer.delete({ where: { id: added.id } });
    otherCopy.publishProcessEvent(processId, { type: 'layers', targetType: 'layer', targetId: added.id });
  });

  it('reads the process itself on every call, so closing it or making it a draft shows at once', async () => {
    expect((await getPublicProcess('cached'))?.status).toBe('open');
    await db.process.update({ where: { id: processId }, data: { status: 'closed' } });
    expect((await getPublicProcess('cached'))?.status).toBe('closed');
    await db.process.update({ where: { id: processId }, data: { status: 'draft' } });
    expect(await getPublicProcess('cached')).toBeNull();
    await db.process.update({ where: { id: processId }, data: { status: 'open' } });
  });

  it('builds the process view once per change of the row, whichever web process changed it', async () => {
    expect((await getPublicProcess('cached'))?.title).toBe('Cached');
    // Written without moving updatedAt: the kept view is still served — the proof it is kept.
    await db.$executeRaw`UPDATE "Process" SET "title" = 'Behind its back' WHERE "id" = ${processId}`;
    expect((await getPublicProcess('cached'))?.title).toBe('Cached');
    // Any change through Prisma (this or another web process) moves updatedAt, which every request reads.
    await db.process.update({ where: { id: processId }, data: { title: 'Renamed' } });
    expect((await getPublicProcess('cached'))?.title).toBe('Renamed');
    await db.process.update({ where: { id: processId }, data: { title: 'Cached' } });
  });

  it('reads the status fresh even when it is written without moving updatedAt', async () => {
    expect((await getPublicProcess('cached'))?.status).toBe('open');
    await db.$executeRaw`UPDATE "Process" SET "status" = 'closed' WHERE "id" = ${processId}`;
    expect((await getPublicProcess('cached'))?.status).toBe('closed');
    await db.$executeRaw`UPDATE "Process" SET "status" = 'draft' WHERE "id" = ${processId}`;
    expect(await getPublicProcess('cached')).toBeNull();
    await db.$executeRaw`UPDATE "Process" SET "status" = 'open' WHERE "id" = ${processId}`;
  });

  it('holds at most LAYER_SET_CACHE_SIZE processes', async () => {
    const ids = Array.from({ length: cache.LAYER_SET_CACHE_SIZE + 5 }, (_, i) => `missing-${i}`);
    for (const id of ids) await cache.layerSetOf(id);
    // The oldest entries were dropped: a layer added to the first one now shows without any announcement.
    const probe = await db.process.create({ data: { slug: 'probe', title: 'P', description: '', status: 'open', boundsWest: 0, boundsSouth: 0, boundsEast: 1, boundsNorth: 1, categories: '[]', createdById: userId } });
    await cache.layerSetOf(probe.id);
    for (const id of ids) await cache.layerSetOf(id);
    await db.layer.create({ data: { ...layer('probe-layer', 0), processId: probe.id } });
    expect((await cache.layerSetOf(probe.id)).layers.map((l) => l.name)).toEqual(['probe-layer']);
  });
});
