// Child process that imports one file and stores it as a layer, so parsing, tiling and writing a large
// file never stall the web server. Receives an ImportJob, sends { progress } (0–1) as it goes and
// answers { ok: true, result } or { ok: false, error }.
import fs from 'node:fs';

import type { LayerDetails } from '@/lib/schemas/layer';

import { insertUploadedLayer } from '../manage-layers';
import { importLayerFile } from './import-layer-file';
import { LayerFileError } from './layer-file-error';
import type { Bbox } from './normalize';
import { log } from '@/server/log/log';

export type ImportJob = { fileName: string; filePath: string; area: Bbox; processId: string; layerSlug: string; details: LayerDetails };

process.once('message', async (job: ImportJob) => {
  try {
    const imported = await importLayerFile(job.fileName, new Uint8Array(fs.readFileSync(job.filePath)), job.area, (progress) => process.send!({ progress }));
    const result = await insertUploadedLayer(job.processId, job.fileName, imported, job.details, job.layerSlug);
    process.send!({ ok: true, result }, () => process.exit(0));
  } catch (error) {
    const known = error instanceof LayerFileError ? { status: error.status, code: error.code, message: error.message, params: error.params } : null;
    if (!known) log.error('layer import failed', { file: job.fileName, error });
    process.send!({ ok: false, error: known }, () => process.exit(0));
  }
});
