// Checks every feature of an imported file and brings it to plain WGS84 GeoJSON with simple attributes.
// Written as loops rather than a schema: it runs over hundreds of thousands of features.
import type { Feature, Geometry, Position } from 'geojson';

import { areaProblem } from '@/lib/geo/geometry';
import messages from '@/lib/i18n/messages/en.json';
import type { AttributeSummary } from '@/lib/schemas/layer';

import { LayerFileError } from './layer-file-error';

export type Bbox = [number, number, number, number];
export type NormalizedLayer = { features: Feature[]; skipped: number; bbox: Bbox; attributes: AttributeSummary[] };

const MAX_ATTRIBUTES = 100;
const MAX_TEXT = 2000;

class BadGeometry extends Error {}
/** An area that breaks the rule drawn areas follow; named in the words the map uses for a drawn one. */
class BrokenArea extends Error {
  constructor(readonly problem: 'crossesItself') {
    super(messages.annotations.problems[problem]);
  }
}

function area(value: unknown, bbox: Bbox): Position[][] {
  const rings = list(value, 'a polygon', (r) => ring(r, bbox));
  // Only the crossing is left to find: ring() already named a short or open ring in a file's terms.
  if (areaProblem(rings as [number, number][][]) === 'crossesItself') throw new BrokenArea('crossesItself');
  return rings;
}

function position(value: unknown, bbox: Bbox): Position {
  if (!Array.isArray(value) || value.length < 2) throw new BadGeometry('a position is not a pair of numbers');
  const [x, y] = value;
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) throw new BadGeometry('a position is not a pair of numbers');
  if (x < -180 || x > 180 || y < -90 || y > 90) throw new BadGeometry(`the position ${x}, ${y} is not a longitude and latitude (is the file in another projection?)`);
  if (x < bbox[0]) bbox[0] = x;
  if (y < bbox[1]) bbox[1] = y;
  if (x > bbox[2]) bbox[2] = x;
  if (y > bbox[3]) bbox[3] = y;
  return [x, y];
}

function positions(value: unknown, bbox: Bbox, min: number, what: string): Position[] {
  if (!Array.isArray(value) || value.length < min) throw new BadGeometry(`${what} needs at least ${min} positions`);
  return value.map((p) => position(p, bbox));
}

function ring(value: unknown, bbox: Bbox): Position[] {
  const result = positions(value, bbox, 4, 'a polygon ring');
  const [first, last] = [result[0], result[result.length - 1]];
  if (first[0] !== last[0] || first[1] !== last[1]) throw new BadGeometry('a polygon ring is not closed');
  return result;
}

function list<T>(value: unknown, what: string, each: (item: unknown) => T): T[] {
  if (!Array.isArray(value) || value.length === 0) throw new BadGeometry(`${what} is empty`);
  return value.map(each);
}

function geometry(value: unknown, bbox: Bbox, depth = 0): Geometry {
  if (typeof value !== 'object' || value === null) throw new BadGeometry('the geometry is not an object');
  const { type, coordinates: c, geometries } = value as { type?: unknown; coordinates?: unknown; geometries?: unknown };
  switch (type) {
    case 'Point':
      return { type, coordinates: position(c, bbox) };
    case 'MultiPoint':
      return { type, coordinates: list(c, 'a multipoint', (p) => position(p, bbox)) };
    case 'LineString':
      return { type, coordinates: positions(c, bbox, 2, 'a line') };
    case 'MultiLineString':
      return { type, coordinates: list(c, 'a multiline', (l) => positions(l, bbox, 2, 'a line')) };
    case 'Polygon':
      return { type, coordinates: area(c, bbox) };
    case 'MultiPolygon':
      return { type, coordinates: list(c, 'a multipolygon', (p) => area(p, bbox)) };
    case 'GeometryCollection':
      if (depth > 0) throw new BadGeometry('geometry collections are nested');
      return { type, geometries: list(geometries, 'a geometry collection', (g) => geometry(g, bbox, depth + 1)) };
    default:
      throw new BadGeometry(`"${String(type).slice(0, 40)}" is not a GeoJSON geometry type`);
  }
}

function cleanValue(value: unknown): string | number | boolean | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value : value instanceof Date ? value.toISOString() : JSON.stringify(value);
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

type Tally = { numeric: boolean; min: number; max: number; seen: number };

/**
 * Validates features; those without a geometry are left out (and counted), any broken geometry rejects
 * the whole file so nothing is half-imported.
 */
export function normalizeFeatures(input: unknown): NormalizedLayer {
  if (!Array.isArray(input)) throw new LayerFileError('layer_no_features', 'The file has no list of features.');
  const bbox: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  const tallies = new Map<string, Tally>();
  const features: Feature[] = [];
  let skipped = 0;
  input.forEach((raw, index) => {
    const feature = raw as { type?: unknown; geometry?: unknown; properties?: unknown };
    if (typeof feature !== 'object' || feature === null || feature.type !== 'Feature') {
      throw new LayerFileError('layer_geometry_invalid', `Feature ${index + 1} is not a GeoJSON feature.`, 422, { feature: index + 1 });
    }
    if (feature.geometry === null || feature.geometry === undefined) {
      skipped += 1;
      return;
    }
    let clean: Geometry;
    try {
      clean = geometry(feature.geometry, bbox);
    } catch (error) {
      if (error instanceof BadGeometry) throw new LayerFileError('layer_geometry_invalid', `Feature ${index + 1} has a broken geometry: ${error.message}.`, 422, { feature: index + 1 });
      if (error instanceof BrokenArea) throw new LayerFileError('layer_geometry_invalid', `Feature ${index + 1}: ${error.message}`, 422, { feature: index + 1, problem: error.problem });
      throw error;
    }
    const properties: Record<string, string | number | boolean> = {};
    if (feature.properties && typeof feature.properties === 'object') {
      for (const [key, value] of Object.entries(feature.properties)) {
        const cleaned = cleanValue(value);
        if (cleaned === undefined || key.length > 64) continue;
        let tally = tallies.get(key);
        if (!tally) {
          if (tallies.size >= MAX_ATTRIBUTES) continue;
          tally = { numeric: true, min: Infinity, max: -Infinity, seen: 0 };
          tallies.set(key, tally);
        }
        tally.seen += 1;
        if (typeof cleaned === 'number') {
          tally.min = Math.min(tally.min, cleaned);
          tally.max = Math.max(tally.max, cleaned);
        } else tally.numeric = false;
        properties[key] = cleaned;
      }
    }
    // The feature's number in the file is its id: annotations refer to it.
    features.push({ type: 'Feature', id: features.length, geometry: clean, properties });
  });
  if (features.length === 0) throw new LayerFileError('layer_no_features', 'The file has no features with a geometry.');
  const attributes = [...tallies].map(([name, tally]): AttributeSummary =>
    tally.numeric ? { name, numeric: true, min: tally.min, max: tally.max } : { name, numeric: false },
  );
  return { features, skipped, bbox, attributes };
}
