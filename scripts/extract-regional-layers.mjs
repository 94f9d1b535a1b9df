// Extracts a regional territory's digital-twin layers (municipalities, forest, water, cycle routes
// and an illustrative flood band along the main river) from an OpenStreetMap extract, with GDAL's
// ogr2ogr. Usage: node scripts/extract-regional-layers.mjs <extract.osm.pbf> <output folder> <river name>
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [pbf, outDir, riverName] = process.argv.slice(2);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'civictwin-regional-'));
fs.mkdirSync(outDir, { recursive: true });
/** About 5 m: a regional map needs no more, and the files stay small. */
const SIMPLIFY = '0.00005';

function ogr(output, args) {
  const file = path.join(work, output);
  execFileSync('ogr2ogr', ['-f', 'GeoJSON', '-lco', 'COORDINATE_PRECISION=6', '-simplify', SIMPLIFY, '-makevalid', file, ...args], { stdio: 'inherit' });
  return JSON.parse(fs.readFileSync(file, 'utf8')).features.filter((f) => f.geometry);
}

function tags(otherTags) {
  const result = {};
  for (const match of (otherTags ?? '').matchAll(/"([^"]+)"=>"((?:[^"\\]|\\.)*)"/g)) result[match[1]] = match[2];
  return result;
}

function write(name, features) {
  const collection = { type: 'FeatureCollection', features: features.map((f, i) => ({ type: 'Feature', id: i + 1, geometry: f.geometry, properties: f.properties })) };
  fs.writeFileSync(path.join(outDir, `${name}.geojson`), JSON.stringify(collection));
  console.log(`${name}: ${features.length} features, ${(fs.statSync(path.join(outDir, `${name}.geojson`)).size / 1e3).toFixed(0)} kB`);
}

const areas = ogr('areas.geojson', [pbf, 'multipolygons']);
const lines = ogr('lines.geojson', [pbf, 'lines']);

write(
  'municipalities',
  areas
    .filter((f) => f.properties.boundary === 'administrative' && f.properties.admin_level === '8')
    .map((f) => ({ geometry: f.geometry, properties: { name: f.properties.name ?? null } })),
);

const FOREST = (p) => p.landuse === 'forest' || p.natural === 'wood';
write('forest', areas.filter((f) => FOREST(f.properties)).map((f) => ({ geometry: f.geometry, properties: { name: f.properties.name ?? null, kind: f.properties.landuse === 'forest' ? 'forest' : 'wood' } })));

const isWater = (p) => p.natural === 'water' || ['riverbank', 'dock', 'canal'].includes(tags(p.other_tags).waterway);
write('water', areas.filter((f) => isWater(f.properties)).map((f) => ({ geometry: f.geometry, properties: { name: f.properties.name ?? null, kind: tags(f.properties.other_tags).water ?? 'water' } })));

const cycling = (p) => {
  const t = tags(p.other_tags);
  if (p.highway === 'cycleway') return 'cycleway';
  if (t.bicycle === 'designated') return 'shared path';
  if (t.cycleway || t['cycleway:left'] || t['cycleway:right'] || t['cycleway:both']) return 'cycle lane';
  return null;
};
write('cycle-routes', lines.filter((f) => cycling(f.properties)).map((f) => ({ geometry: f.geometry, properties: { name: f.properties.name ?? null, kind: cycling(f.properties) } })));

// Illustrative flood bands: distance from the river's course (the extract's waterway=river lines,
// or those named so) in Swiss LV95 metres. No official hazard map is bundled, so the layer says it
// is illustrative.
const river = `SELECT ST_Transform(ST_Union(geometry), 2056) AS g FROM lines WHERE waterway='river' OR name='${riverName}'`;
const band = (label, inner, outer) => `SELECT '${label}' AS band, ST_Transform(ST_Difference(ST_Buffer(g,${outer}), ${inner ? `ST_Buffer(g,${inner})` : 'g'}),4326) AS geometry FROM r`;
const flood = ogr('flood.geojson', [
  path.join(work, 'lines.geojson'),
  '-dialect', 'sqlite',
  '-sql', `WITH r AS (${river}) ${band('high', 0, 300)} UNION ALL ${band('medium', 300, 800)} UNION ALL ${band('low', 800, 1500)}`,
]);
write('rhine-flood-illustrative', flood.map((f) => ({ geometry: f.geometry, properties: { band: f.properties.band } })));

fs.rmSync(work, { recursive: true, force: true });
