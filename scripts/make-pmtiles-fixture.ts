// Writes e2e/fixtures/layers/street-trees.pmtiles (PMTiles v3, one root directory, gzipped MVT tiles)
// from the street-trees GeoJSON fixture, cut by our own importer. Run: npx tsx scripts/make-pmtiles-fixture.ts
import fs from 'node:fs';

import { zxyToTileId } from 'pmtiles';

import territory from '../prisma/seed-data/demo-territory.json';
import { importLayerFile } from '../server/domain/layers/import/import-layer-file';

function varints(values: number[]): number[] {
  const bytes: number[] = [];
  for (let value of values) {
    while (value >= 0x80) {
      bytes.push((value & 0x7f) | 0x80);
      value = Math.floor(value / 128);
    }
    bytes.push(value);
  }
  return bytes;
}

async function main() {
  const source = 'e2e/fixtures/layers/street-trees.geojson';
  const [west, south, east, north] = territory.bounds;
  const { tiles } = await importLayerFile('street-trees.geojson', new Uint8Array(fs.readFileSync(source)), [west, south, east, north]);
  const entries = tiles.map((tile) => ({ id: zxyToTileId(tile.z, tile.x, tile.y), data: tile.data })).sort((a, b) => a.id - b.id);
  let offset = 0;
  const placed = entries.map((entry) => {
    const at = offset;
    offset += entry.data.length;
    return { ...entry, offset: at };
  });
  const directory = Uint8Array.from([
    ...varints([placed.length]),
    ...varints(placed.map((e, i) => e.id - (i ? placed[i - 1].id : 0))),
    ...varints(placed.map(() => 1)),
    ...varints(placed.map((e) => e.data.length)),
    ...varints(placed.map((e, i) => (i > 0 ? 0 : e.offset + 1))),
  ]);
  const metadata = new TextEncoder().encode(JSON.stringify({ name: 'Street trees', vector_layers: [{ id: 'features', fields: { species: 'String', osm_id: 'String' } }] }));
  const header = new DataView(new ArrayBuffer(127));
  new TextEncoder().encode('PMTiles').forEach((byte, i) => header.setUint8(i, byte));
  header.setUint8(7, 3);
  const u64 = (at: number, value: number) => header.setBigUint64(at, BigInt(value), true);
  const rootOffset = 127;
  const metadataOffset = rootOffset + directory.length;
  const dataOffset = metadataOffset + metadata.length;
  u64(8, rootOffset);
  u64(16, directory.length);
  u64(24, metadataOffset);
  u64(32, metadata.length);
  u64(40, dataOffset);
  u64(48, 0);
  u64(56, dataOffset);
  u64(64, offset);
  u64(72, placed.length);
  u64(80, placed.length);
  u64(88, placed.length);
  header.setUint8(96, 1); // clustered
  header.setUint8(97, 1); // internal compression: none
  header.setUint8(98, 2); // tile compression: gzip
  header.setUint8(99, 1); // MVT
  header.setUint8(100, Math.min(...tiles.map((t) => t.z)));
  header.setUint8(101, Math.max(...tiles.map((t) => t.z)));
  header.setInt32(102, Math.round(west * 1e7), true);
  header.setInt32(106, Math.round(south * 1e7), true);
  header.setInt32(110, Math.round(east * 1e7), true);
  header.setInt32(114, Math.round(north * 1e7), true);
  header.setUint8(118, 14);
  header.setInt32(119, Math.round(((west + east) / 2) * 1e7), true);
  header.setInt32(123, Math.round(((south + north) / 2) * 1e7), true);
  const out = Buffer.concat([new Uint8Array(header.buffer), directory, metadata, ...placed.map((e) => e.data)]);
  fs.writeFileSync('e2e/fixtures/layers/street-trees.pmtiles', out);
  console.log(`street-trees.pmtiles: ${placed.length} tiles, ${out.length} bytes`);
}

main();
