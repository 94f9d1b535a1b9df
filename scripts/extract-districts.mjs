// Builds the demo's illustrative districts once from the OpenStreetMap extract: the line of Strand, Fleet
// Street, Ludgate Hill and Cheapside splits the territory into a riverside half and a northern half, and two
// fixed longitudes split each half in three. Not official wards: the layer says it is illustrative.
// Usage: node scripts/extract-districts.mjs <london-city.osm.pbf> prisma/seed-data/layers/districts-illustrative.geojson
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [pbf, output] = process.argv.slice(2);
const [west, south, east, north] = JSON.parse(fs.readFileSync(new URL('../prisma/seed-data/demo-territory.json', import.meta.url), 'utf8')).bounds;
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'civictwin-districts-')), 'roads.geojson');
const streets = ['Strand', 'Fleet Street', 'Ludgate Hill', 'Cheapside'];
execFileSync('ogr2ogr', ['-f', 'GeoJSON', '-lco', 'COORDINATE_PRECISION=6', file, pbf, 'lines', '-where', `name IN (${streets.map((s) => `'${s}'`).join(',')})`], { stdio: 'inherit' });

// One latitude per step of longitude along the streets: the spine from the west edge to the east edge.
const STEP = 0.0007;
const points = JSON.parse(fs.readFileSync(file, 'utf8')).features.flatMap((f) => f.geometry.coordinates);
const buckets = new Map();
for (const [x, y] of points) {
  const key = Math.round(x / STEP);
  buckets.set(key, [...(buckets.get(key) ?? []), y]);
}
const round = (n) => Number(n.toFixed(6));
const spine = [...buckets.entries()].sort((a, b) => a[0] - b[0]).map(([key, ys]) => [round(key * STEP), round(ys.reduce((s, y) => s + y, 0) / ys.length)]);
const latAt = (x) => {
  if (x <= spine[0][0]) return spine[0][1];
  if (x >= spine.at(-1)[0]) return spine.at(-1)[1];
  const i = spine.findIndex(([sx]) => sx >= x);
  const [[x0, y0], [x1, y1]] = [spine[i - 1], spine[i]];
  return round(y0 + ((y1 - y0) * (x - x0)) / (x1 - x0));
};
const along = (from, to) => [[from, latAt(from)], ...spine.filter(([x]) => x > from && x < to), [to, latAt(to)]];

const splits = [west, -0.1045, -0.0975, east];
const names = {
  riverside: ['Temple and the Embankment', 'Blackfriars riverside', 'Queenhithe riverside'],
  north: ['Chancery Lane and Holborn', 'Farringdon and Smithfield', 'Cheapside and Guildhall'],
};
const features = [];
for (let i = 0; i < 3; i += 1) {
  const [a, b] = [splits[i], splits[i + 1]];
  const line = along(a, b);
  features.push({ type: 'Feature', properties: { name: names.riverside[i], half: 'riverside' }, geometry: { type: 'Polygon', coordinates: [[[a, south], [b, south], ...line.slice().reverse(), [a, south]]] } });
  features.push({ type: 'Feature', properties: { name: names.north[i], half: 'north' }, geometry: { type: 'Polygon', coordinates: [[...line, [b, north], [a, north], line[0]]] } });
}
fs.writeFileSync(output, `${JSON.stringify({ type: 'FeatureCollection', features })}\n`);
console.log(`${features.length} districts, spine of ${spine.length} points`);
