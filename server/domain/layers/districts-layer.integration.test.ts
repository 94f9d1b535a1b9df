// Marking a layer as the process's districts: only an upload whose areas were kept, one layer at a time.
import fs from 'node:fs';

import { beforeAll, describe, expect, it, vi } from 'vitest';

import territory from '@/prisma/seed-data/demo-territory.json';
import { prepareDatabase } from '@/server/collab/testing/harness';

import { importLayerFile } from './import/import-layer-file';
import type { Bbox } from './import/normalize';
import type * as Manage from './manage-layers';

vi.mock('@/server/auth/subject', () => ({ currentSubject: async () => null }));

const details = { name: 'Wards', description: '', owner: 'Test', attribution: '', style: { color: '#000000', opacity: 1 }, legend: [], illustrative: true, visibleByDefault: false };
let db: (typeof import('@/server/db'))['db'];
let manage: typeof Manage;
const admin = { id: '', name: 'Admin', role: 'admin' as const, blocked: false, deleted: false, guestOf: null };
const citizen = { ...admin, role: 'citizen' as const };

async function upload(file: string, slug: string) {
  const bytes = new Uint8Array(fs.readFileSync(file));
  return manage.createUploadedLayer(admin, 'wards', file, await importLayerFile(file, bytes, territory.bounds as Bbox), { ...details, name: slug }, slug);
}

beforeAll(async () => {
  process.env.DATABASE_URL = prepareDatabase();
  ({ db } = await import('@/server/db'));
  manage = await import('./manage-layers');
  admin.id = citizen.id = (await db.user.create({ data: { email: 'admin@example.org', name: 'Admin', role: 'admin', passwordHash: 'x' } })).id;
  const [w, s, e, n] = territory.bounds;
  await db.process.create({ data: { slug: 'wards', title: 'Wards', description: '', status: 'open', boundsWest: w, boundsSouth: s, boundsEast: e, boundsNorth: n, categories: '[]' } });
}, 60_000);

describe('the districts layer', () => {
  it('keeps the areas of an upload with few of them, with their names and outlines', async () => {
    const layer = await upload('prisma/seed-data/layers/districts-illustrative.geojson', 'districts');
    expect(layer.areaCount).toBe(6);
    const areas = await db.layerArea.findMany({ where: { layerId: layer.id }, orderBy: { featureId: 'asc' } });
    expect(areas.map((a) => [a.featureId, a.name])).toEqual([
      ['0', 'Temple and the Embankment'], ['1', 'Chancery Lane and Holborn'], ['2', 'Blackfriars riverside'],
      ['3', 'Farringdon and Smithfield'], ['4', 'Queenhithe riverside'], ['5', 'Cheapside and Guildhall'],
    ]);
    expect(areas[0]).toMatchObject({ west: -0.1175, south: 51.5072, east: -0.1045 });
  }, 30_000);

  it('marks one layer per process, refuses a layer without areas and a citizen', async () => {
    const first = await db.layer.findFirstOrThrow({ where: { slug: 'districts' } });
    const second = await upload('prisma/seed-data/layers/flood-risk-illustrative.geojson', 'bands');
    const walk = await upload('e2e/fixtures/layers/riverside-walk.gpx', 'walk');
    expect((await manage.updateLayer(admin, 'wards', first.id, { districts: true })).districts).toBe(true);
    expect((await manage.updateLayer(admin, 'wards', second.id, { districts: true })).districts).toBe(true);
    expect((await db.layer.findMany({ where: { districts: true } })).map((l) => l.slug)).toEqual(['bands']);
    await expect(manage.updateLayer(admin, 'wards', walk.id, { districts: true })).rejects.toMatchObject({ status: 422, code: 'layer_no_areas' });
    await expect(manage.updateLayer(citizen, 'wards', first.id, { districts: true })).rejects.toMatchObject({ status: 403 });
  }, 60_000);
});
