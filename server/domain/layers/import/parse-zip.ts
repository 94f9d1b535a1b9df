// A zipped Shapefile (or a KMZ): unpacked with limits, so a zip bomb is refused before it is inflated.
import { unzipSync } from 'fflate';
import proj4 from 'proj4';

import { LayerFileError } from './layer-file-error';
import { parseKml } from './parse-xml';

/** Unpacked size allowed for one upload. */
export const MAX_UNZIPPED_BYTES = 300 * 1024 * 1024;
const MAX_ENTRIES = 500;

const extension = (name: string) => name.slice(name.lastIndexOf('.') + 1).toLowerCase();
const base = (name: string) => name.slice(0, name.lastIndexOf('.'));

function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  let declared = 0;
  let entries = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        entries += 1;
        declared += file.originalSize;
        if (entries > MAX_ENTRIES || declared > MAX_UNZIPPED_BYTES) throw new LayerFileError('layer_zip_too_large', `The zip unpacks to more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB or ${MAX_ENTRIES} files; we do not open it.`, 413);
        return !file.name.includes('__MACOSX') && ['shp', 'dbf', 'prj', 'cpg', 'kml'].includes(extension(file.name));
      },
    });
  } catch (error) {
    if (error instanceof LayerFileError) throw error;
    throw new LayerFileError('layer_zip_invalid', 'The file is not a readable zip archive.');
  }
  const actual = Object.values(files).reduce((sum, file) => sum + file.length, 0);
  if (actual > MAX_UNZIPPED_BYTES) throw new LayerFileError('layer_zip_too_large', `The zip unpacks to more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB; we do not open it.`, 413);
  return files;
}

export async function parseZip(bytes: Uint8Array): Promise<unknown[]> {
  const files = unzip(bytes);
  const names = Object.keys(files);
  const find = (stem: string, ext: string) => names.find((name) => base(name) === stem && extension(name) === ext);
  const shp = names.find((name) => extension(name) === 'shp');
  if (!shp) {
    const kmlFile = names.find((name) => extension(name) === 'kml');
    if (kmlFile) return parseKml(files[kmlFile]);
    throw new LayerFileError('layer_shapefile_incomplete', 'The zip has no .shp file: a Shapefile needs its .shp, .dbf and .prj files zipped together.', 422, { missing: '.shp' });
  }
  const stem = base(shp);
  const dbf = find(stem, 'dbf');
  const prjName = find(stem, 'prj');
  const cpg = find(stem, 'cpg');
  if (!dbf) throw new LayerFileError('layer_shapefile_incomplete', `The zip has ${shp} but no ${stem}.dbf with its attributes.`, 422, { missing: `${stem.slice(0, 60)}.dbf` });
  let prj: string | undefined;
  if (prjName) {
    prj = new TextDecoder().decode(files[prjName]);
    try {
      proj4(prj);
    } catch {
      throw new LayerFileError('layer_projection_unknown', `We cannot read the projection in ${prjName}. Export the Shapefile in WGS84 (EPSG:4326) or a common projection and try again.`);
    }
  }
  // Imported on use: under CommonJS (the seed run by tsx) a static import resolves to shpjs's browser bundle.
  const { getShapefile } = await import('shpjs');
  try {
    const collection = await getShapefile({ shp: files[shp], dbf: files[dbf], prj, cpg: cpg ? new TextDecoder().decode(files[cpg]) : undefined });
    return collection.features;
  } catch {
    throw new LayerFileError('layer_shapefile_invalid', `${shp} could not be read: the file is damaged or not a Shapefile.`);
  }
}
