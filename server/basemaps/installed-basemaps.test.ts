import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { installedBasemaps } from './installed-basemaps';
import { writePmtiles } from './pmtiles-writer';

const archive = (name: string) => writePmtiles([{ z: 9, x: 268, y: 179, data: Uint8Array.of(1, 2, 3) }], { tileType: 1, tileCompression: 2, metadata: { name, attribution: '© OSM' }, bounds: [9.47, 47.04, 9.64, 47.27] });

describe('the installed basemaps', () => {
  it('are the archives of the folder, named by their file, described by their own header and metadata', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'basemaps-'));
    fs.writeFileSync(path.join(folder, 'alpine-valley.pmtiles'), archive('Alpine valley'));
    fs.writeFileSync(path.join(folder, 'Not A Name.pmtiles'), archive('Refused'));
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'not an archive');
    expect(await installedBasemaps(folder)).toEqual([
      { id: 'alpine-valley', name: 'Alpine valley', attribution: '© OSM', archive: '/basemap/alpine-valley.pmtiles', minZoom: 9, maxZoom: 9, bounds: [9.47, 47.04, 9.64, 47.27] },
    ]);
    // A new archive in the folder is seen on the next call.
    fs.writeFileSync(path.join(folder, 'broken.pmtiles'), 'not an archive either');
    fs.writeFileSync(path.join(folder, 'coast.pmtiles'), archive('Coast'));
    expect((await installedBasemaps(folder)).map((basemap) => basemap.id)).toEqual(['alpine-valley', 'coast']);
  });

  it('include the committed London and Liechtenstein basemaps', async () => {
    const installed = await installedBasemaps();
    expect(installed.map((basemap) => [basemap.id, basemap.name, basemap.minZoom, basemap.maxZoom])).toEqual([
      ['liechtenstein', 'Liechtenstein', 8, 14],
      ['london', 'City of London', 10, 14],
    ]);
  });
});
