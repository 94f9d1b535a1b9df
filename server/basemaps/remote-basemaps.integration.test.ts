import { beforeAll, describe, expect, it, vi } from 'vitest';

import { prepareDatabase } from '@/server/collab/testing/harness';

// The services take the actor as an argument; who is signed in is not under test.
vi.mock('@/server/auth/session-claims', () => ({ sessionClaims: async () => null }));
vi.mock('@/server/auth/auth', () => ({ auth: async () => null, currentUser: async () => null, signOut: async () => undefined }));

let db: (typeof import('@/server/db'))['db'];
let remote: typeof import('./remote-basemaps');
let origins: typeof import('./basemap-origins');
let list: typeof import('./list-basemaps');
const person = (role: 'admin' | 'councillor' | 'citizen', id = `${role}-1`) => ({ id, name: role, role, blocked: false, deleted: false, guestOf: null });
const input = { name: 'Geoportal', kind: 'style', url: 'https://geo.example.test/styles/base.json', attribution: '© Geoportal of the example' };

beforeAll(async () => {
  process.env.DATABASE_URL = prepareDatabase();
  ({ db } = await import('@/server/db'));
  remote = await import('./remote-basemaps');
  origins = await import('./basemap-origins');
  list = await import('./list-basemaps');
  // The audit log names real people.
  for (const role of ['admin', 'councillor', 'citizen']) await db.user.create({ data: { id: `${role}-1`, email: `${role}@basemaps.test`, name: role, role, passwordHash: 'x' } });
}, 60_000);

describe('the registry of remote basemaps', () => {
  it('lets admins only register and remove one', async () => {
    for (const role of ['councillor', 'citizen'] as const) {
      await expect(remote.registerRemoteBasemap(person(role), input)).rejects.toMatchObject({ status: 403, code: 'forbidden' });
    }
    const created = await remote.registerRemoteBasemap(person('admin'), input);
    expect(created).toMatchObject({ id: expect.stringMatching(/^remote-/), name: 'Geoportal', kind: 'style', url: input.url });
    await expect(remote.removeRemoteBasemap(person('councillor'), created.id)).rejects.toMatchObject({ status: 403 });
    await remote.removeRemoteBasemap(person('admin'), created.id);
    await expect(remote.removeRemoteBasemap(person('admin'), created.id)).rejects.toMatchObject({ status: 404 });
    expect((await db.auditLog.findMany({ where: { targetType: 'basemap' }, orderBy: { createdAt: 'asc' } })).map((entry) => [entry.action, entry.actorId])).toEqual([
      ['basemap.register', 'admin-1'],
      ['basemap.remove', 'admin-1'],
    ]);
  });

  it('moves the processes that used a removed basemap to the default one', async () => {
    const created = await remote.registerRemoteBasemap(person('admin'), input);
    const process = await db.process.create({ data: { slug: 'on-remote', title: 'T', description: '', status: 'open', boundsWest: 0, boundsSouth: 0, boundsEast: 1, boundsNorth: 1, basemap: created.id } });
    await remote.removeRemoteBasemap(person('admin'), created.id);
    expect((await db.process.findUniqueOrThrow({ where: { id: process.id } })).basemap).toBe('london');
    origins.forgetBasemapOrigins();
  });

  it('refuses http addresses and a missing attribution as the field’s problem', async () => {
    await expect(remote.registerRemoteBasemap(person('admin'), { ...input, url: 'http://geo.example.test/style.json' })).rejects.toMatchObject({ status: 400, params: { field: 'url', problem: 'https_only' } });
    await expect(remote.registerRemoteBasemap(person('admin'), { ...input, attribution: '' })).rejects.toMatchObject({ status: 400, params: { field: 'attribution', problem: 'empty' } });
    expect(await db.remoteBasemap.count()).toBe(0);
  });

  it('keeps the CSP origins in memory and forgets them on every change', async () => {
    expect(await origins.basemapOrigins()).toEqual([]);
    const created = await remote.registerRemoteBasemap(person('admin'), input);
    expect(await origins.basemapOrigins()).toEqual(['https://geo.example.test']);
    // Written behind the service's back: not seen until the next change — the proof it is cached.
    await db.remoteBasemap.create({ data: { ...input, url: 'https://other.example.test/{z}/{x}/{y}.png', kind: 'raster' } });
    expect(await origins.basemapOrigins()).toEqual(['https://geo.example.test']);
    await remote.removeRemoteBasemap(person('admin'), created.id);
    expect(await origins.basemapOrigins()).toEqual(['https://other.example.test']);
    await db.remoteBasemap.deleteMany();
    origins.forgetBasemapOrigins();
  });

  it('lists remote basemaps for the process form and resolves them, falling back to the default when removed', async () => {
    const created = await remote.registerRemoteBasemap(person('admin'), input);
    const options = await list.listBasemaps();
    expect(options.find((option) => option.id === created.id)).toEqual({ id: created.id, name: 'Geoportal', kind: 'style', attribution: input.attribution });
    expect(await list.basemapSourceOf(created.id)).toEqual({ id: created.id, kind: 'style', url: input.url, attribution: input.attribution });
    expect(await list.isKnownBasemap(created.id)).toBe(true);
    await remote.removeRemoteBasemap(person('admin'), created.id);
    expect(await list.isKnownBasemap(created.id)).toBe(false);
    expect((await list.basemapSourceOf(created.id)).kind).toBe('installed');
  });
});
