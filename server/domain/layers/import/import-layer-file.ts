// A file turned into what a layer stores: a summary of its features and its vector tiles.
import type { AttributeSummary } from '@/lib/schemas/layer';

import { layerAreas, type LayerAreaRow } from './layer-areas';
import type { Bbox } from './normalize';
import { parseLayerFile, type LayerFileFormat } from './parse-layer-file';
import { buildTiles, type Tile } from './tiles';

export type ImportedLayer = { format: LayerFileFormat; featureCount: number; skipped: number; attributes: AttributeSummary[]; tiles: Tile[]; areas: LayerAreaRow[] };

/** Reports progress as a share of the whole: parsing is about the first 40 %, cutting tiles the next 40 %. */
export async function importLayerFile(fileName: string, bytes: Uint8Array, visibleArea: Bbox, onProgress: (share: number) => void = () => {}): Promise<ImportedLayer> {
  const parsed = await parseLayerFile(fileName, bytes);
  onProgress(0.4);
  const tiles = await buildTiles(parsed.features, parsed.bbox, visibleArea, (share) => onProgress(0.4 + 0.4 * share));
  return { format: parsed.format, featureCount: parsed.features.length, skipped: parsed.skipped, attributes: parsed.attributes, tiles, areas: layerAreas(parsed.features) };
}
