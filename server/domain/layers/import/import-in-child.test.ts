import fs from 'node:fs';

import { describe, expect, it } from 'vitest';

import territory from '@/prisma/seed-data/demo-territory.json';

import { importInChildProcess } from './import-in-child';
import { LayerFileError } from './layer-file-error';
import type { Bbox } from './normalize';

describe('importing in a child process', () => {
  it('brings back the summary and the tiles of a file', async () => {
    const bytes = new Uint8Array(fs.readFileSync('e2e/fixtures/layers/riverside-walk.gpx'));
    const imported = await importInChildProcess('riverside-walk.gpx', bytes, territory.bounds as Bbox);
    expect(imported).toMatchObject({ format: 'gpx', featureCount: 3, skipped: 0 });
    expect(imported.tiles.length).toBeGreaterThan(5);
    expect(imported.tiles[0].data).toBeInstanceOf(Uint8Array);
  }, 30_000);

  it('passes the named problem of a broken file back as a 4xx', async () => {
    const error = await importInChildProcess('broken.geojson', new TextEncoder().encode('{"type":'), territory.bounds as Bbox).catch((e) => e);
    expect(error).toBeInstanceOf(LayerFileError);
    expect(error).toMatchObject({ status: 422, code: 'layer_json_invalid' });
  }, 30_000);
});
