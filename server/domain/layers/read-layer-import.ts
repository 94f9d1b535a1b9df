// A layer import as whoever polls it may see it: from this web process's queue when it runs here,
// otherwise from the state the process running it shares (REDIS_URL). Who may see it is checked the
// same way for both: the job's process and owner travel with its state.
import { allowed, type ProcessState } from '@/lib/policy/decide';
import type { Viewer } from '@/lib/policy/subject';
import { AppError } from '@/server/http/app-error';

import type { ImportQueue } from './import/import-queue';
import type { ImportStateStore, SharedImportState } from './import/import-state-store';
import { toImportView, type LayerImportView, type UploadedLayer } from './layer-imports';

export type LayerImportSources = { local: ImportQueue<UploadedLayer>; shared: ImportStateStore<LayerImportView> | null };

async function findImport(jobId: string, { local, shared }: LayerImportSources): Promise<SharedImportState<LayerImportView> | null> {
  const job = local.get(jobId);
  if (job) return { processId: job.processId, ownerId: job.ownerId, view: toImportView(job) };
  return shared ? shared.read(jobId) : null;
}

/** The import, for whoever sent it or may manage the process's layers; anyone else is told there is none. */
export async function readLayerImport(viewer: Viewer, process: ProcessState, jobId: string, sources: LayerImportSources): Promise<LayerImportView> {
  const found = await findImport(jobId, sources);
  const mayFollow = viewer && (found?.ownerId === viewer.id || allowed(viewer, 'layer.manage', { process }));
  if (!found || found.processId !== process.id || !mayFollow) throw new AppError(404, 'not_found', 'There is no such layer import.');
  return found.view;
}
