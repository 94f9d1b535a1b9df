// A layer import run by one web process, followed through another that only shares Redis with it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Subject, Viewer } from '@/lib/policy/subject';
import { AppError } from '@/server/http/app-error';
import { openRedis, type Redis } from '@/server/signals/redis-connection';
import { startRedis, type RunningRedis } from '@/server/signals/testing/redis-server';

import { LayerFileError } from './import/layer-file-error';
import { createImportQueue, type ImportTask } from './import/import-queue';
import { createRedisImportStateStore } from './import/import-state-store';
import { PROGRESS_EVERY_MS, publishImportState } from './import/publish-import-state';
import { toImportView, type LayerImportView, type UploadedLayer } from './layer-imports';
import { readLayerImport, type LayerImportSources } from './read-layer-import';

const planningProcess = { id: 'process-1', status: 'open' as const };
const person = (id: string, role: Subject['role']): Subject => ({ id, name: id, role, blocked: false, deleted: false, guestOf: null });
const owner = person('owner-1', 'admin');
const layer = { id: 'layer-1', name: 'Wards', featureCount: 12 } as unknown as UploadedLayer;

let redis: RunningRedis;
const connections: Redis[] = [];
// Each "web process" on its own connection, as two processes would be.
const connection = () => {
  const opened = openRedis(redis.url);
  void opened.then((client) => connections.push(client));
  return opened;
};

beforeAll(async () => {
  redis = await startRedis();
});

afterAll(async () => {
  await Promise.all(connections.map((client) => client.close()));
  await redis.stop();
});

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

/** The web process that took the uploads, and another one that only reads what it shares. */
function twoWebProcesses(keptMs?: number) {
  const [writerConnection, readerConnection] = [connection(), connection()];
  const written = createRedisImportStateStore<LayerImportView>(redis.url, keptMs, () => writerConnection);
  const running = createImportQueue<UploadedLayer>({ atOnce: 1, onChange: publishImportState(written, toImportView) });
  const other: LayerImportSources = { local: createImportQueue<UploadedLayer>(), shared: createRedisImportStateStore<LayerImportView>(redis.url, keptMs, () => readerConnection) };
  return { add: (task: ImportTask<UploadedLayer>) => running.add({ processId: planningProcess.id, ownerId: owner.id }, task), follow: (jobId: string, viewer: Viewer = owner) => readLayerImport(viewer, planningProcess, jobId, other) };
}

describe('a layer import followed from another web process through Redis', () => {
  it('shows it queued, importing with its progress, then done with its layer', async () => {
    const { add, follow } = twoWebProcesses();
    const first = gate();
    const reports: ((percent: number) => void)[] = [];
    const running = add(async (report) => {
      reports.push(report);
      await first.opened;
      return layer;
    });
    const second = add(async () => layer);
    await expect.poll(() => follow(second.id)).toMatchObject({ id: second.id, state: 'queued', ahead: 0 });
    await expect.poll(() => follow(running.id)).toMatchObject({ state: 'importing', progress: 0 });
    // Steps closer together than the throttle: the first is written, the last one after the pause, none lost.
    for (const percent of [10, 20.4, 30.2]) reports[0](percent);
    const sent = Date.now();
    await expect.poll(() => follow(running.id).then((view) => view.progress)).toBe(30);
    expect(Date.now() - sent).toBeGreaterThanOrEqual(PROGRESS_EVERY_MS - 50);
    first.open();
    await running.finished;
    await expect.poll(() => follow(running.id)).toEqual({ id: running.id, state: 'done', ahead: 0, progress: 100, layer });
    await expect.poll(() => follow(second.id)).toMatchObject({ state: 'done', layer: { id: 'layer-1' } });
  });

  it('shows a failed import with its error code', async () => {
    const { add, follow } = twoWebProcesses();
    const job = add(async () => {
      throw new LayerFileError('layer_json_invalid', 'The file is not valid GeoJSON.');
    });
    await job.finished;
    await expect.poll(() => follow(job.id)).toMatchObject({ state: 'failed', error: { code: 'layer_json_invalid', message: 'The file is not valid GeoJSON.' } });
  });

  it('shows it to its owner and layer managers only, and only under its own process', async () => {
    const { add, follow } = twoWebProcesses();
    const job = add(async () => layer);
    await job.finished;
    await expect.poll(() => follow(job.id)).toMatchObject({ state: 'done' });
    expect(await follow(job.id, person('councillor-1', 'councillor'))).toMatchObject({ state: 'done' });
    for (const stranger of [person('citizen-1', 'citizen'), person('facilitator-1', 'facilitator'), null]) {
      await expect(follow(job.id, stranger)).rejects.toMatchObject({ status: 404, code: 'not_found' });
    }
    const elsewhere = { id: 'process-2', status: 'open' as const };
    const other: LayerImportSources = { local: createImportQueue<UploadedLayer>(), shared: createRedisImportStateStore<LayerImportView>(redis.url, undefined, connection) };
    await expect(readLayerImport(owner, elsewhere, job.id, other)).rejects.toBeInstanceOf(AppError);
    await expect(follow('no-such-job')).rejects.toMatchObject({ status: 404 });
  });

  it('forgets a finished import after the time the queue keeps it', async () => {
    const keptMs = 400;
    const { add, follow } = twoWebProcesses(keptMs);
    const job = add(async () => layer);
    await job.finished;
    await expect.poll(() => follow(job.id)).toMatchObject({ state: 'done' });
    await new Promise((resolve) => setTimeout(resolve, keptMs + 100));
    await expect(follow(job.id)).rejects.toMatchObject({ status: 404 });
  });

  it('answers 503 busy, not a 500, while Redis cannot be reached', async () => {
    const unreachable: LayerImportSources = { local: createImportQueue<UploadedLayer>(), shared: createRedisImportStateStore<LayerImportView>(redis.url, undefined, () => Promise.reject(new Error('connection refused'))) };
    await expect(readLayerImport(owner, planningProcess, 'job-elsewhere', unreachable)).rejects.toMatchObject({ status: 503, code: 'busy' });
  });
});
