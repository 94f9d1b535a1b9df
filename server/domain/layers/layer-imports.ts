// This web process's queue of layer imports and what the page following one sees of it. With REDIS_URL
// every change is also shared, so any web process can answer the page's polls, not only this one.
import { redisUrl } from '@/server/signals/redis-connection';

import { createImportQueue, type ImportJob, type ImportQueue } from './import/import-queue';
import { createRedisImportStateStore, type ImportStateStore } from './import/import-state-store';
import { publishImportState } from './import/publish-import-state';
import type { announceUploadedLayer } from './manage-layers';

export type UploadedLayer = Awaited<ReturnType<typeof announceUploadedLayer>>;

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

const url = redisUrl();

/** The imports of every web process, as their pages see them; none without REDIS_URL (one web process). */
export const sharedLayerImports: ImportStateStore<LayerImportView> | null = url ? createRedisImportStateStore<LayerImportView>(url) : null;

// One queue for the whole web process, shared by every route bundle.
const holder = globalThis as unknown as { civictwinLayerImports?: ImportQueue<UploadedLayer> };
export const layerImports: ImportQueue<UploadedLayer> = (holder.civictwinLayerImports ??= createImportQueue<UploadedLayer>({
  onChange: sharedLayerImports ? publishImportState(sharedLayerImports, toImportView) : undefined,
}));
