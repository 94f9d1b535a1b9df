import fs from 'node:fs';

import { beforeAll, describe, expect, it } from 'vitest';

import territory from '@/prisma/seed-data/demo-territory.json';
import { prepareDatabase } from '@/server/collab/testing/harness';

import { importInChildProcess } from './import-in-child';
import { LayerFileError } from './layer-file-error';
import type { Bbox } from './normalize';

const details = { name: 'Walk', description: '', owner: 'Test', attribution: '', style: { color: '#000000', opacity: 1 }, legend: [], illustrative: false, visibleByDefault: true };
let processId = '';
let db: (typeof import('@/server/db'))['db'];

beforeAll(async () => {
  // The child process inherits this database.
  process.env.DATABASE_URL = prepareDatabase();
  ({ db } = await import('@/server/db'));
  const user = await db.user.create({ data: { email: 'importer@example.org', name: 'Importer', role: 'admin', passwordHash: 'x' } });
  const [w, s, e, n] = territory.bounds;
  processId = (await db.process.create({ data: { slug: 'imports', title: 'Imports', description: '', status: 'open', boundsWest: w, boundsSouth: s, boundsEast: e, boundsNorth: n, categories: '[]', createdById: user.id } })).id;
}, 60_000);

describe('importing in a child process', () => {
  it('stores the layer with its tiles and reports what it stored', async () => {
    const bytes = new Uint8Array(fs.readFileSync('e2e/fixtures/layers/riverside-walk.gpx'));
    const stored = await importInChildProcess(bytes, { fileName: 'riverside-walk.gpx', area: territory.bounds as Bbox, processId, layerSlug: 'walk', details });
    expect(stored).toMatchObject({ format: 'gpx', featureCount: 3, skipped: 0 });
    const layer = await db.layer.findUniqueOrThrow({ where: { id: stored.layerId }, include: { _count: { select: { tiles: true } } } });
    expect(layer).toMatchObject({ sourceType: 'upload', sourceUrl: `/api/layers/${stored.layerId}/tiles/{z}/{x}/{y}`, featureCount: 3, storedBytes: stored.storedBytes });
    expect(layer._count.tiles).toBeGreaterThan(3);
  }, 30_000);

  it('passes the named problem of a broken file back as a 4xx and stores nothing', async () => {
    const before = await db.layer.count();
    const error = await importInChildProcess(new TextEncoder().encode('{"type":'), { fileName: 'broken.geojson', area: territory.bounds as Bbox, processId, layerSlug: 'broken', details }).catch((e) => e);
    expect(error).toBeInstanceOf(LayerFileError);
    expect(error).toMatchObject({ status: 422, code: 'layer_json_invalid' });
    expect(await db.layer.count()).toBe(before);
  }, 30_000);
});
