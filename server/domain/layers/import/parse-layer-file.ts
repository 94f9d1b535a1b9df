// Reads an uploaded file of any supported format into validated WGS84 features.
import { LayerFileError } from './layer-file-error';
import { normalizeFeatures, type NormalizedLayer } from './normalize';
import { parseGeoJson } from './parse-geojson';
import { parseGpx, parseKml } from './parse-xml';
import { parseZip } from './parse-zip';

export const LAYER_FILE_FORMATS = ['geojson', 'kml', 'gpx', 'zip'] as const;
export type LayerFileFormat = (typeof LAYER_FILE_FORMATS)[number];

/** The format from the file name, confirmed by the first bytes where they tell. */
export function detectFormat(fileName: string, bytes: Uint8Array): LayerFileFormat {
  const ext = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (ext === 'zip' || ext === 'kmz' || isZip) {
    if (!isZip) throw new LayerFileError('layer_zip_invalid', 'The file is named .zip but is not a zip archive.');
    return 'zip';
  }
  if (ext === 'geojson' || ext === 'json') return 'geojson';
  if (ext === 'kml') return 'kml';
  if (ext === 'gpx') return 'gpx';
  throw new LayerFileError('layer_format_unsupported', `We cannot read ".${ext.slice(0, 10)}" files. Upload GeoJSON, KML, GPX or a zipped Shapefile.`, 415, { extension: ext.slice(0, 10) });
}

export async function parseLayerFile(fileName: string, bytes: Uint8Array): Promise<NormalizedLayer & { format: LayerFileFormat }> {
  if (bytes.length === 0) throw new LayerFileError('layer_file_empty', 'The file is empty.');
  const format = detectFormat(fileName, bytes);
  const raw = format === 'geojson' ? parseGeoJson(bytes) : format === 'kml' ? parseKml(bytes) : format === 'gpx' ? parseGpx(bytes) : await parseZip(bytes);
  return { ...normalizeFeatures(raw), format };
}
