import proj4 from 'proj4';

import { LayerFileError } from './layer-file-error';

const WGS84_NAMES = ['urn:ogc:def:crs:OGC:1.3:CRS84', 'urn:ogc:def:crs:OGC::CRS84', 'EPSG:4326', 'urn:ogc:def:crs:EPSG::4326'];
const WEB_MERCATOR_NAMES = ['EPSG:3857', 'urn:ogc:def:crs:EPSG::3857', 'EPSG:900913'];

function reproject(value: unknown, convert: (p: [number, number]) => [number, number]): unknown {
  if (Array.isArray(value) && typeof value[0] === 'number') return convert([value[0], value[1]]);
  if (Array.isArray(value)) return value.map((item) => reproject(item, convert));
  return value;
}

/** A GeoJSON file's features: a FeatureCollection, one Feature or one bare geometry. */
export function parseGeoJson(bytes: Uint8Array): unknown[] {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : 'it is not UTF-8 text';
    throw new LayerFileError('layer_json_invalid', `The file is not valid GeoJSON: ${detail}.`);
  }
  if (typeof data !== 'object' || data === null) throw new LayerFileError('layer_json_invalid', 'The file is not valid GeoJSON: it holds no object.');
  const root = data as { type?: unknown; features?: unknown; crs?: { properties?: { name?: unknown } } };
  let features: unknown[];
  if (root.type === 'FeatureCollection') {
    if (!Array.isArray(root.features)) throw new LayerFileError('layer_json_invalid', 'The file is not valid GeoJSON: its "features" is not a list.');
    features = root.features;
  } else if (root.type === 'Feature') features = [root];
  else if (typeof root.type === 'string' && 'coordinates' in root) features = [{ type: 'Feature', geometry: root, properties: {} }];
  else throw new LayerFileError('layer_json_invalid', 'The file is JSON but not GeoJSON: it has no FeatureCollection, Feature or geometry.');

  // Old GeoJSON (2008) could name another projection; RFC 7946 is always WGS84.
  const crs = root.crs?.properties?.name;
  if (typeof crs === 'string' && !WGS84_NAMES.includes(crs)) {
    if (!WEB_MERCATOR_NAMES.includes(crs)) throw new LayerFileError('layer_projection_unknown', `The file is in the projection "${crs.slice(0, 80)}", which we cannot convert. Save it in WGS84 (EPSG:4326) and upload it again.`);
    const convert = proj4('EPSG:3857', 'EPSG:4326');
    return features.map((feature) => {
      const f = feature as { geometry?: { coordinates?: unknown } };
      if (f?.geometry?.coordinates) f.geometry.coordinates = reproject(f.geometry.coordinates, (p) => convert.forward(p));
      return f;
    });
  }
  return features;
}
