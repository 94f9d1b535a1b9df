// A file turned into what a layer stores: a summary of its features and its vector tiles.
import type { AttributeSummary } from '@/lib/schemas/layer';

import type { Bbox } from './normalize';
import { parseLayerFile, type LayerFileFormat } from './parse-layer-file';
import { buildTiles, type Tile } from './tiles';

export type ImportedLayer = { format: LayerFileFormat; featureCount: number; skipped: number; attributes: AttributeSummary[]; tiles: Tile[] };

export async function importLayerFile(fileName: string, bytes: Uint8Array, visibleArea: Bbox): Promise<ImportedLayer> {
  const parsed = await parseLayerFile(fileName, bytes);
  const tiles = await buildTiles(parsed.features, parsed.bbox, visibleArea);
  return { format: parsed.format, featureCount: parsed.features.length, skipped: parsed.skipped, attributes: parsed.attributes, tiles };
}
