// Writes a PMTiles v3 archive (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md):
// a 127-byte header, a gzipped root directory, JSON metadata, leaf directories when the root would
// not fit in the first 16 KiB, then the tile data in tile-id order (clustered), identical tiles
// stored once. The `pmtiles` package only reads archives.
import { gzipSync } from 'node:zlib';

import { zxyToTileId } from 'pmtiles';

export type TileToWrite = { z: number; x: number; y: number; data: Uint8Array };

/** PMTiles' codes: tile type 1 = MVT, 2 = PNG…; compression 1 = none, 2 = gzip. */
export type ArchiveOptions = {
  tileType: number;
  tileCompression: number;
  metadata: Record<string, unknown>;
  /** [west, south, east, north]; the tiles' extent when left out. */
  bounds?: [number, number, number, number];
  centerZoom?: number;
};

type Entry = { tileId: number; offset: number; length: number; runLength: number };

const HEADER_BYTES = 127;
/** The header and the root directory must fit in the first 16 KiB, read in one request. */
const FIRST_READ_BYTES = 16_384;
const COMPRESSION_GZIP = 2;

function pushVarint(bytes: number[], value: number) {
  while (value >= 0x80) {
    bytes.push((value % 0x80) | 0x80);
    value = Math.floor(value / 0x80);
  }
  bytes.push(value);
}

export function serializeDirectory(entries: Entry[]): Uint8Array {
  const bytes: number[] = [];
  pushVarint(bytes, entries.length);
  entries.forEach((entry, i) => pushVarint(bytes, entry.tileId - (i > 0 ? entries[i - 1].tileId : 0)));
  for (const entry of entries) pushVarint(bytes, entry.runLength);
  for (const entry of entries) pushVarint(bytes, entry.length);
  entries.forEach((entry, i) => {
    const previous = entries[i - 1];
    pushVarint(bytes, previous && entry.offset === previous.offset + previous.length ? 0 : entry.offset + 1);
  });
  return gzipSync(Uint8Array.from(bytes));
}

/** The root alone when it fits, else a root of leaves, each leaf as large as it takes to fit. */
function directories(entries: Entry[]): { root: Uint8Array; leaves: Uint8Array } {
  const root = serializeDirectory(entries);
  if (root.length <= FIRST_READ_BYTES - HEADER_BYTES) return { root, leaves: new Uint8Array(0) };
  for (let leafSize = 4096; ; leafSize *= 2) {
    const leafParts: Uint8Array[] = [];
    const rootEntries: Entry[] = [];
    let offset = 0;
    for (let start = 0; start < entries.length; start += leafSize) {
      const leaf = serializeDirectory(entries.slice(start, start + leafSize));
      rootEntries.push({ tileId: entries[start].tileId, offset, length: leaf.length, runLength: 0 });
      leafParts.push(leaf);
      offset += leaf.length;
    }
    const candidate = serializeDirectory(rootEntries);
    if (candidate.length <= FIRST_READ_BYTES - HEADER_BYTES) return { root: candidate, leaves: Buffer.concat(leafParts) };
  }
}

function tileBounds(tiles: TileToWrite[]): [number, number, number, number] {
  const lon = (x: number, z: number) => (x / 2 ** z) * 360 - 180;
  const lat = (y: number, z: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 2 ** z))) * 180) / Math.PI;
  return [
    Math.min(...tiles.map((t) => lon(t.x, t.z))),
    Math.min(...tiles.map((t) => lat(t.y + 1, t.z))),
    Math.max(...tiles.map((t) => lon(t.x + 1, t.z))),
    Math.max(...tiles.map((t) => lat(t.y, t.z))),
  ];
}

export function writePmtiles(tiles: TileToWrite[], options: ArchiveOptions): Uint8Array {
  if (tiles.length === 0) throw new Error('an archive needs at least one tile');
  const sorted = tiles.map((tile) => ({ ...tile, tileId: zxyToTileId(tile.z, tile.x, tile.y) })).sort((a, b) => a.tileId - b.tileId);
  const entries: Entry[] = [];
  const parts: Uint8Array[] = [];
  const offsetOfContent = new Map<string, number>();
  let dataLength = 0;
  let contents = 0;
  for (const [index, tile] of sorted.entries()) {
    if (index > 0 && tile.tileId === sorted[index - 1].tileId) throw new Error(`tile ${tile.z}/${tile.x}/${tile.y} is given twice`);
    const key = Buffer.from(tile.data).toString('base64');
    let offset = offsetOfContent.get(key);
    if (offset === undefined) {
      offset = dataLength;
      offsetOfContent.set(key, offset);
      parts.push(tile.data);
      dataLength += tile.data.length;
      contents += 1;
    }
    const last = entries.at(-1);
    // A run: the next tile id with the same content, as empty ocean or forest tiles often are.
    if (last && last.offset === offset && last.tileId + last.runLength === tile.tileId) last.runLength += 1;
    else entries.push({ tileId: tile.tileId, offset, length: tile.data.length, runLength: 1 });
  }
  const { root, leaves } = directories(entries);
  const metadata = gzipSync(Buffer.from(JSON.stringify(options.metadata)));
  const [west, south, east, north] = options.bounds ?? tileBounds(sorted);
  const minZoom = Math.min(...sorted.map((t) => t.z));
  const maxZoom = Math.max(...sorted.map((t) => t.z));

  const header = new DataView(new ArrayBuffer(HEADER_BYTES));
  Buffer.from('PMTiles').forEach((byte, i) => header.setUint8(i, byte));
  header.setUint8(7, 3);
  const u64 = (at: number, value: number) => header.setBigUint64(at, BigInt(value), true);
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leavesOffset = metadataOffset + metadata.length;
  const dataOffset = leavesOffset + leaves.length;
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metadataOffset);
  u64(32, metadata.length);
  u64(40, leavesOffset);
  u64(48, leaves.length);
  u64(56, dataOffset);
  u64(64, dataLength);
  u64(72, sorted.length);
  u64(80, entries.length);
  u64(88, contents);
  header.setUint8(96, 1);
  header.setUint8(97, COMPRESSION_GZIP);
  header.setUint8(98, options.tileCompression);
  header.setUint8(99, options.tileType);
  header.setUint8(100, minZoom);
  header.setUint8(101, maxZoom);
  const e7 = (degrees: number) => Math.round(degrees * 1e7);
  header.setInt32(102, e7(west), true);
  header.setInt32(106, e7(south), true);
  header.setInt32(110, e7(east), true);
  header.setInt32(114, e7(north), true);
  header.setUint8(118, options.centerZoom ?? Math.min(maxZoom, Math.max(minZoom, minZoom + 2)));
  header.setInt32(119, e7((west + east) / 2), true);
  header.setInt32(123, e7((south + north) / 2), true);
  return new Uint8Array(Buffer.concat([new Uint8Array(header.buffer), root, metadata, leaves, ...parts]));
}
