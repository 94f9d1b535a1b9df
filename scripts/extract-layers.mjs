// Extracts the demo territory's digital-twin layers (green space, buildings with heights,
// water, an illustrative flood band) from an OpenStreetMap extract, with GDAL's ogr2ogr.
// Usage: node scripts/extract-layers.mjs <extract.osm.pbf> <output folder>
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [pbf, outDir] = process.argv.slice(2);
const [west, south, east, north] = JSON.parse(fs.readFileSync(new URL('../prisma/seed-data/demo-territory.json', import.meta.url), 'utf8')).bounds;
const territory = { west, south, east, north };
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'civictwin-layers-'));
fs.mkdirSync(outDir, { recursive: true });

function ogr(output, args) {
  const file = path.join(work, output);
  execFileSync('ogr2ogr', ['-f', 'GeoJSON', '-lco', 'COORDINATE_PRECISION=6', file, ...args], { stdio: 'inherit' });
  return JSON.parse(fs.readFileSync(file, 'utf8')).features;
}

function tags(otherTags) {
  const result = {};
  for (const match of (otherTags ?? '').matchAll(/"([^"]+)"=>"((?:[^"\\]|\\.)*)"/g)) result[match[1]] = match[2];
  return result;
}

function bboxOverlaps(geometry) {
  const coords = geometry.coordinates.flat(Infinity);
  for (let i = 0; i < coords.length; i += 2) {
    const [x, y] = [coords[i], coords[i + 1]];
    if (x >= territory.west && x <= territory.east && y >= territory.south && y <= territory.north) return true;
  }
  return false;
}

function write(name, features) {
  const collection = { type: 'FeatureCollection', features };
  fs.writeFileSync(path.join(outDir, `${name}.geojson`), JSON.stringify(collection));
  console.log(`${name}: ${features.length} features`);
}

const areas = ogr('areas.geojson', [pbf, 'multipolygons']).filter((f) => f.geometry && bboxOverlaps(f.geometry));

const GREEN = {
  leisure: ['park', 'garden', 'playground', 'pitch', 'nature_reserve'],
  landuse: ['grass', 'recreation_ground', 'village_green', 'cemetery', 'forest', 'meadow'],
  natural: ['wood', 'scrub', 'grassland', 'heath'],
};
const greenKind = (p) => Object.entries(GREEN).map(([key, values]) => (values.includes(p[key]) ? p[key] : null)).find(Boolean);
write(
  'green-space',
  areas
    .filter((f) => greenKind(f.properties))
    .map((f, i) => ({ type: 'Feature', id: i + 1, geometry: f.geometry, properties: { name: f.properties.name ?? null, kind: greenKind(f.properties) } })),
);

const METRES_PER_LEVEL = 3.5;
write(
  'buildings',
  areas
    .filter((f) => f.properties.building)
    .map((f, i) => {
      const t = tags(f.properties.other_tags);
      const measured = Number.parseFloat(t.height);
      const levels = Number.parseInt(t['building:levels'], 10);
      const height = Number.isFinite(measured) ? measured : Number.isFinite(levels) ? levels * METRES_PER_LEVEL : null;
      return {
        type: 'Feature',
        id: i + 1,
        geometry: f.geometry,
        properties: {
          name: f.properties.name ?? null,
          use: f.properties.building,
          levels: Number.isFinite(levels) ? levels : null,
          height_m: height === null ? null : Math.round(height * 10) / 10,
          height_source: Number.isFinite(measured) ? 'measured' : Number.isFinite(levels) ? 'levels' : 'unknown',
        },
      };
    }),
);

const isWater = (p) => p.natural === 'water' || ['riverbank', 'dock', 'canal'].includes(tags(p.other_tags).waterway);
write(
  'water',
  areas
    .filter((f) => isWater(f.properties))
    .map((f, i) => ({ type: 'Feature', id: i + 1, geometry: f.geometry, properties: { name: f.properties.name ?? null, kind: tags(f.properties.other_tags).water ?? 'water' } })),
);

// Illustrative flood-risk bands: distance bands from the Thames in British National Grid metres.
// No official flood data for this place is bundled, so the layer says it is illustrative.
const river = `SELECT ST_Transform(ST_Intersection(ST_Union(geometry), BuildMbr(${west - 0.01},${south - 0.01},${east + 0.01},${north + 0.01},4326)),27700) AS g FROM multipolygons WHERE "natural"='water' AND (name='River Thames' OR other_tags LIKE '%"water"=>"river"%')`;
const band = (label, inner, outer) =>
  `SELECT '${label}' AS band, ST_Intersection(ST_Transform(ST_Difference(ST_Buffer(g,${outer}), ${inner ? `ST_Buffer(g,${inner})` : 'g'}),4326), BuildMbr(${west},${south},${east},${north},4326)) AS geometry FROM r`;
const flood = ogr('flood.geojson', [
  path.join(work, 'areas.geojson'),
  '-dialect', 'sqlite',
  '-sql', `WITH r AS (${river}) ${band('high', 0, 80)} UNION ALL ${band('medium', 80, 200)} UNION ALL ${band('low', 200, 350)}`,
]);
write('flood-risk-illustrative', flood.map((f, i) => ({ type: 'Feature', id: i + 1, geometry: f.geometry, properties: { band: f.properties.band } })));

fs.rmSync(work, { recursive: true, force: true });
