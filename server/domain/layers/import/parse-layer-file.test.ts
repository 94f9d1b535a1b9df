import fs from 'node:fs';
import path from 'node:path';

import { VectorTile } from '@mapbox/vector-tile';
import { gunzipSync, zipSync, strToU8 } from 'fflate';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';

import messages from '@/lib/i18n/messages/en.json';
import territory from '@/prisma/seed-data/demo-territory.json';

import { LayerFileError } from './layer-file-error';
import type { Bbox } from './normalize';
import { parseLayerFile } from './parse-layer-file';
import { buildTiles } from './tiles';

const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(__dirname, '../../../../e2e/fixtures/layers', name)));
const bounds = territory.bounds as Bbox;
const inside = ([w, s, e, n]: Bbox) => w >= bounds[0] - 0.01 && s >= bounds[1] - 0.01 && e <= bounds[2] + 0.01 && n <= bounds[3] + 0.01;

async function refusal(name: string, bytes: Uint8Array | string): Promise<LayerFileError> {
  try {
    await parseLayerFile(name, typeof bytes === 'string' ? strToU8(bytes) : bytes);
  } catch (error) {
    if (error instanceof LayerFileError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('importing layer files', () => {
  it('reads GeoJSON points with their attributes', async () => {
    const layer = await parseLayerFile('street-trees.geojson', fixture('street-trees.geojson'));
    expect(layer.format).toBe('geojson');
    expect(layer.features).toHaveLength(120);
    expect(layer.features[0]).toMatchObject({ id: 0, geometry: { type: 'Point' }, properties: { species: 'tree' } });
    expect(inside(layer.bbox)).toBe(true);
  });

  it('reads KML placemarks as lines with their names', async () => {
    const layer = await parseLayerFile('cycle-routes.kml', fixture('cycle-routes.kml'));
    expect(layer.format).toBe('kml');
    expect(layer.features.length).toBe(40);
    expect(layer.features.every((f) => f.geometry.type === 'LineString' || f.geometry.type === 'MultiLineString')).toBe(true);
    expect(layer.attributes.map((a) => a.name)).toContain('name');
    expect(inside(layer.bbox)).toBe(true);
  });

  it('reads GPX tracks', async () => {
    const layer = await parseLayerFile('riverside-walk.gpx', fixture('riverside-walk.gpx'));
    expect(layer.features.map((f) => f.properties?.name)).toEqual(['Little Trinity Lane', 'West Smithfield', 'Foster Lane']);
    expect(inside(layer.bbox)).toBe(true);
  });

  it('reprojects a zipped Shapefile from British National Grid using its .prj', async () => {
    const layer = await parseLayerFile('buildings-bng.zip', fixture('buildings-bng.zip'));
    expect(layer.format).toBe('zip');
    expect(layer.features).toHaveLength(60);
    const original = JSON.parse(fs.readFileSync('prisma/seed-data/layers/buildings.geojson', 'utf8')).features.find((f: { properties: { name: string } }) => f.properties.name === 'Lincoln Square');
    const imported = layer.features.find((f) => f.properties?.name === 'Lincoln Square')!;
    expect(imported.properties).toMatchObject({ height_m: 35, levels: 10 });
    const [x, y] = (imported.geometry as { coordinates: number[][][] }).coordinates[0][0];
    const [ox, oy] = original.geometry.coordinates[0][0][0];
    // Back from metres on the grid to degrees: within about 10 cm.
    expect(Math.abs(x - ox)).toBeLessThan(2e-6);
    expect(Math.abs(y - oy)).toBeLessThan(2e-6);
    expect(layer.attributes.find((a) => a.name === 'height_m')).toMatchObject({ numeric: true });
  });

  it('names the problem of broken files', async () => {
    expect((await refusal('a.geojson', '{"type": "FeatureCollection", "features": [')).message).toMatch(/not valid GeoJSON/);
    expect((await refusal('a.geojson', '{"hello": 1}')).code).toBe('layer_json_invalid');
    const badRing = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[0, 51], [0.1, 51], [0.1, 51.1]]] } }] });
    expect((await refusal('a.geojson', badRing)).message).toBe('Feature 1 has a broken geometry: a polygon ring needs at least 4 positions.');
    const projected = JSON.stringify({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [530000, 181000] } });
    expect((await refusal('a.geojson', projected)).message).toMatch(/not a longitude and latitude/);
    expect((await refusal('a.kml', '<kml><Document>')).code).toBe('layer_xml_invalid');
    expect((await refusal('a.gpx', '<kml></kml>')).code).toBe('layer_xml_invalid');
    expect((await refusal('a.csv', 'x,y')).status).toBe(415);
    expect((await refusal('a.geojson', new Uint8Array())).code).toBe('layer_file_empty');
  });

  it('refuses a file with a self-crossing area, naming the feature and the problem as drawing does', async () => {
    const square = [[-0.1, 51.51], [-0.09, 51.51], [-0.09, 51.52], [-0.1, 51.52], [-0.1, 51.51]];
    const bowtie = [[-0.1, 51.51], [-0.09, 51.52], [-0.09, 51.51], [-0.1, 51.52], [-0.1, 51.51]];
    const feature = (coordinates: number[][][]) => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } });
    const file = JSON.stringify({ type: 'FeatureCollection', features: [feature([square]), feature([square]), feature([bowtie])] });
    const refused = await refusal('areas.geojson', file);
    expect(refused.code).toBe('layer_geometry_invalid');
    expect(refused.message).toBe(`Feature 3: ${messages.annotations.problems.crossesItself}`);

    const multi = JSON.stringify({ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[square], [bowtie]] } });
    expect((await refusal('multi.geojson', multi)).message).toBe(`Feature 1: ${messages.annotations.problems.crossesItself}`);
    expect((await parseLayerFile('fine.geojson', strToU8(JSON.stringify(feature([square]))))).features).toHaveLength(1);
  });

  it('refuses a Shapefile without its .shp, an unknown projection and a zip bomb', async () => {
    const withoutShp = zipSync({ 'b.dbf': new Uint8Array(10), 'b.prj': strToU8('GEOGCS["WGS 84"]') });
    expect((await refusal('b.zip', withoutShp)).message).toMatch(/no \.shp file/);

    const real = fixture('buildings-bng.zip');
    const { unzipSync } = await import('fflate');
    const parts = unzipSync(real);
    parts['buildings_bng.prj'] = strToU8('PROJCS["Made up",GEOGCS["nowhere"],PROJECTION["Imaginary"]]');
    expect((await refusal('c.zip', zipSync(parts))).code).toBe('layer_projection_unknown');

    const bomb = zipSync({ 'huge.shp': new Uint8Array(320 * 1024 * 1024) }, { level: 1 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const refused = await refusal('bomb.zip', bomb);
    expect(refused.code).toBe('layer_zip_too_large');
    expect(refused.status).toBe(413);
  });
});

describe('cutting tiles', () => {
  it('makes gzipped vector tiles with feature ids and attributes for the territory only', async () => {
    const layer = await parseLayerFile('buildings-bng.zip', fixture('buildings-bng.zip'));
    const tiles = await buildTiles(layer.features, layer.bbox, bounds);
    expect(tiles.length).toBeGreaterThan(6);
    expect(new Set(tiles.map((t) => t.z))).toEqual(new Set([12, 13, 14, 15]));
    const deepest = tiles.find((t) => t.z === 15)!;
    const decoded = new VectorTile(new PbfReader(gunzipSync(deepest.data)));
    const features = decoded.layers.features;
    expect(features.length).toBeGreaterThan(0);
    const first = features.feature(0);
    expect(typeof first.id).toBe('number');
    expect(first.properties).toHaveProperty('height_m');
  });

  it('refuses data that lies outside the territory', async () => {
    const far = await parseLayerFile('far.geojson', strToU8(JSON.stringify({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [2.35, 48.85] } })));
    await expect(buildTiles(far.features, far.bbox, bounds)).rejects.toThrow(/None of the features lie in this process/);
  });
});
