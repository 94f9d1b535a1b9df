// Cuts imported features into Mapbox vector tiles for the zooms people use, over the process's territory,
// so a browser only ever loads the few small tiles in view instead of the whole file.
import type { Feature } from 'geojson';
import GeoJSONVT from 'geojson-vt';
import { fromGeojsonVt } from 'vt-pbf';
import { gzipSync } from 'fflate';

import { UPLOAD_MAX_ZOOM, UPLOAD_MIN_ZOOM, UPLOAD_SOURCE_LAYER, uploadMinZoom } from '@/lib/schemas/layer';

import { LayerFileError } from './layer-file-error';
import type { Bbox } from './normalize';

export type Tile = { z: number; x: number; y: number; data: Uint8Array };

const MAX_TILES = 20_000;

function lngToX(lng: number, z: number) {
  return Math.floor(((lng + 180) / 360) * 2 ** z);
}
function latToY(lat: number, z: number) {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
}

function intersect(a: Bbox, b: Bbox): Bbox | null {
  const result: Bbox = [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
  return result[0] <= result[2] && result[1] <= result[3] ? result : null;
}

/** Tile coordinates covering an area at each zoom. */
export function tilesCovering([west, south, east, north]: Bbox, minZoom = UPLOAD_MIN_ZOOM, maxZoom = UPLOAD_MAX_ZOOM) {
  const result: { z: number; x: number; y: number }[] = [];
  for (let z = minZoom; z <= maxZoom; z++) {
    for (let x = lngToX(west, z); x <= lngToX(east, z); x++) for (let y = latToY(north, z); y <= latToY(south, z); y++) result.push({ z, x, y });
  }
  return result;
}

const breathe = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Gzipped vector tiles of the features inside the area people can see (the territory with its margin).
 * Yields to the event loop between tiles, so a large import does not stall other requests.
 */
export async function buildTiles(features: Feature[], dataBbox: Bbox, visibleArea: Bbox, onProgress?: (share: number) => void): Promise<Tile[]> {
  const area = intersect(dataBbox, visibleArea);
  if (!area) throw new LayerFileError('layer_outside_territory', 'None of the features lie in this process’s territory. Check that the file covers the area on the map and uses longitude/latitude coordinates.');
  const coordinates = tilesCovering(area, uploadMinZoom(visibleArea));
  if (coordinates.length > MAX_TILES) throw new LayerFileError('layer_too_large', 'The area is too large to cut into tiles.', 413);
  const index = new GeoJSONVT({ type: 'FeatureCollection', features }, { maxZoom: UPLOAD_MAX_ZOOM, indexMaxZoom: 4, tolerance: 6, extent: 4096, buffer: 64 });
  const tiles: Tile[] = [];
  for (const [i, { z, x, y }] of coordinates.entries()) {
    const tile = index.getTile(z, x, y);
    if (tile && tile.features.length > 0) {
      tiles.push({ z, x, y, data: gzipSync(fromGeojsonVt({ [UPLOAD_SOURCE_LAYER]: tile }, { version: 2, extent: 4096 }), { level: 6 }) });
    }
    if (i % 16 === 15) {
      onProgress?.((i + 1) / coordinates.length);
      await breathe();
    }
  }
  return tiles;
}
