// What the page that sent an upload sees of its import: waiting (and how many are ahead), importing
// (how far), done (the layer) or failed (the error, as the contract writes errors).
import { allowed } from '@/lib/policy/decide';
import type { Viewer } from '@/lib/policy/subject';
import { requireProcess } from '@/server/domain/processes/require-process';
import { AppError } from '@/server/http/app-error';

import type { ImportJob } from './import/import-queue';
import { layerImports, type UploadedLayer } from './upload-layer';

export type LayerImportView = {
  id: string;
  state: ImportJob<UploadedLayer>['state'];
  ahead: number;
  progress: number;
  layer?: UploadedLayer;
  error?: { code: string; message: string; params?: Record<string, string | number> };
};

export function toImportView(job: ImportJob<UploadedLayer>): LayerImportView {
  const { id, state, ahead, progress, result, error } = job;
  return { id, state, ahead, progress, ...(result ? { layer: result } : {}), ...(error ? { error: { code: error.code, message: error.message, ...(error.params ? { params: error.params } : {}) } } : {}) };
}

/** The import, for whoever sent it or may manage the process's layers; anyone else is told there is none. */
export async function followLayerImport(viewer: Viewer, slug: string, jobId: string): Promise<LayerImportView> {
  const process = await requireProcess(slug);
  const job = layerImports.get(jobId);
  const mayFollow = viewer && (job?.ownerId === viewer.id || allowed(viewer, 'layer.manage', { process }));
  if (!job || job.processId !== process.id || !mayFollow) throw new AppError(404, 'not_found', 'There is no such layer import.');
  return toImportView(job);
}

/** Waits for the import to end: its layer, or its failure thrown as the error it was. */
export async function layerOfImport(job: ImportJob<UploadedLayer>): Promise<UploadedLayer> {
  await job.finished;
  if (job.error) throw job.error;
  return job.result!;
}
