// What the page that sent an upload sees of its import: waiting (and how many are ahead), importing
// (how far), done (the layer) or failed (the error, as the contract writes errors), whichever web
// process its poll reaches.
import type { Viewer } from '@/lib/policy/subject';
import { requireProcess } from '@/server/domain/processes/require-process';

import type { ImportJob } from './import/import-queue';
import { layerImports, sharedLayerImports, type LayerImportView, type UploadedLayer } from './layer-imports';
import { readLayerImport } from './read-layer-import';

export async function followLayerImport(viewer: Viewer, slug: string, jobId: string): Promise<LayerImportView> {
  return readLayerImport(viewer, await requireProcess(slug), jobId, { local: layerImports, shared: sharedLayerImports });
}

/** Waits for the import to end: its layer, or its failure thrown as the error it was. */
export async function layerOfImport(job: ImportJob<UploadedLayer>): Promise<UploadedLayer> {
  await job.finished;
  if (job.error) throw job.error;
  return job.result!;
}
