import { gunzipSync } from 'node:zlib';

import { PMTiles, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';

import { writePmtiles, type TileToWrite } from './pmtiles-writer';

class MemorySource implements Source {
  reads = 0;
  constructor(private readonly bytes: Uint8Array) {}
  getKey = () => 'memory';
  async getBytes(offset: number, length: number) {
    this.reads += 1;
    return { data: this.bytes.slice(offset, offset + length).buffer };
  }
}

const MVT = 1;
const NONE = 1;

function tilesOfZoom(z: number, content: (x: number, y: number) => Uint8Array): TileToWrite[] {
  const tiles: TileToWrite[] = [];
  for (let x = 0; x < 2 ** z; x++) for (let y = 0; y < 2 ** z; y++) tiles.push({ z, x, y, data: content(x, y) });
  return tiles;
}

async function expectEveryTileReadsBack(bytes: Uint8Array, tiles: TileToWrite[]) {
  const archive = new PMTiles(new MemorySource(bytes));
  for (const tile of tiles) {
    const read = await archive.getZxy(tile.z, tile.x, tile.y);
    expect(read && new Uint8Array(read.data), `${tile.z}/${tile.x}/${tile.y}`).toEqual(tile.data);
  }
}

describe('the PMTiles writer', () => {
  it('writes an archive every tile of which reads back identical, with its header and metadata', async () => {
    const tiles = [...tilesOfZoom(0, () => Uint8Array.of(1, 2, 3)), ...tilesOfZoom(2, (x, y) => Uint8Array.of(x, y, x * y, 42))];
    const bytes = writePmtiles(tiles, { tileType: MVT, tileCompression: NONE, metadata: { name: 'Test', attribution: '© OSM' }, bounds: [9.47, 47.04, 9.64, 47.27] });
    await expectEveryTileReadsBack(bytes, tiles);
    const archive = new PMTiles(new MemorySource(bytes));
    const header = await archive.getHeader();
    expect(header).toMatchObject({ specVersion: 3, minZoom: 0, maxZoom: 2, numAddressedTiles: 17, numTileContents: 17, clustered: true, tileType: MVT, tileCompression: NONE });
    expect([header.minLon, header.minLat, header.maxLon, header.maxLat]).toEqual([9.47, 47.04, 9.64, 47.27]);
    expect(await archive.getMetadata()).toEqual({ name: 'Test', attribution: '© OSM' });
    expect(await archive.getZxy(3, 0, 0)).toBeUndefined();
  });

  it('stores identical tiles once, consecutive ones as a run', async () => {
    const same = Uint8Array.of(9, 9, 9, 9, 9, 9, 9, 9);
    const tiles = tilesOfZoom(3, (x, y) => (x === 5 && y === 5 ? Uint8Array.of(7) : same));
    const bytes = writePmtiles(tiles, { tileType: MVT, tileCompression: NONE, metadata: {} });
    await expectEveryTileReadsBack(bytes, tiles);
    const header = await new PMTiles(new MemorySource(bytes)).getHeader();
    expect(header.numAddressedTiles).toBe(64);
    expect(header.numTileContents).toBe(2);
    expect(header.numTileEntries).toBeLessThan(10);
    expect(bytes.length).toBeLessThan(127 + 400);
  });

  it('moves entries into leaf directories when the root would not fit the first 16 KiB', async () => {
    // About 26,000 of zoom 8's 65,536 tiles, every one different, of irregular lengths and ids
    // (directories compress well): far more entries than a 16 KiB root holds.
    let seed = 1;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const tiles = tilesOfZoom(8, (x, y) => Uint8Array.of(x, y, ...new Uint8Array(Math.floor(random() * 64)).fill(7))).filter(() => random() < 0.4);
    const bytes = writePmtiles(tiles, { tileType: MVT, tileCompression: NONE, metadata: { name: 'Big' } });
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const rootLength = Number(view.getBigUint64(16, true));
    const leavesLength = Number(view.getBigUint64(48, true));
    expect(127 + rootLength).toBeLessThanOrEqual(16_384);
    expect(leavesLength).toBeGreaterThan(0);
    // Every tile, not a sample: leaf boundaries are where a writer goes wrong.
    await expectEveryTileReadsBack(bytes, tiles);
    expect(gunzipSync(bytes.subarray(127, 127 + rootLength)).length).toBeGreaterThan(0);
  }, 120_000);

  it('refuses an empty archive and a tile given twice', () => {
    expect(() => writePmtiles([], { tileType: MVT, tileCompression: NONE, metadata: {} })).toThrow();
    const tile = { z: 1, x: 0, y: 0, data: Uint8Array.of(1) };
    expect(() => writePmtiles([tile, { ...tile }], { tileType: MVT, tileCompression: NONE, metadata: {} })).toThrow(/twice/);
  });
});
