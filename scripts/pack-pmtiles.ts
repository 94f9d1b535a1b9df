// Packs a z/x/y folder of gzipped vector tiles (tilemaker's output) into one PMTiles archive.
// Usage: npx tsx scripts/pack-pmtiles.ts <tiles folder> <out.pmtiles> <title> <west,south,east,north>
import fs from 'node:fs';
import path from 'node:path';

import { OSM_ATTRIBUTION } from '../lib/map/basemap-style';
import { writePmtiles, type TileToWrite } from '../server/basemaps/pmtiles-writer';

const MVT = 1;
const GZIP = 2;

function readTiles(folder: string): TileToWrite[] {
  const tiles: TileToWrite[] = [];
  for (const z of fs.readdirSync(folder).filter((entry) => /^\d+$/.test(entry))) {
    for (const x of fs.readdirSync(path.join(folder, z)).filter((entry) => /^\d+$/.test(entry))) {
      for (const file of fs.readdirSync(path.join(folder, z, x)).filter((entry) => /^\d+\.pbf$/.test(entry))) {
        tiles.push({ z: Number(z), x: Number(x), y: Number.parseInt(file, 10), data: fs.readFileSync(path.join(folder, z, x, file)) });
      }
    }
  }
  return tiles;
}

function main() {
  const [folder, output, title, bbox] = process.argv.slice(2);
  const tiles = readTiles(folder);
  const tileJson = JSON.parse(fs.readFileSync(path.join(folder, 'metadata.json'), 'utf8')) as { json?: string; vector_layers?: unknown };
  const vectorLayers = tileJson.vector_layers ?? (tileJson.json ? JSON.parse(tileJson.json).vector_layers : []);
  const bounds = bbox.split(',').map(Number) as [number, number, number, number];
  const bytes = writePmtiles(tiles, { tileType: MVT, tileCompression: GZIP, bounds, metadata: { name: title, attribution: OSM_ATTRIBUTION, vector_layers: vectorLayers } });
  fs.writeFileSync(output, bytes);
  const zooms = tiles.map((tile) => tile.z);
  console.log(`${path.basename(output)}: ${tiles.length} tiles, zooms ${Math.min(...zooms)}–${Math.max(...zooms)}, ${(bytes.length / 1e6).toFixed(2)} MB`);
}

main();
