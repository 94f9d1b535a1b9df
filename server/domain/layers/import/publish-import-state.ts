// Writes each change of a queued import to the shared store as it happens, in order. Progress is
// written at most every PROGRESS_EVERY_MS for a job (and then its latest value, so the last step is
// never lost): the queue already moves it only in whole percents, but a small file can pass through
// a hundred of them in a second, and the page polls every 500 ms. A change of state (queued, its
// place in line, importing, done, failed) is written at once.
import { log } from '@/server/log/log';

import type { ImportChange, ImportJob } from './import-queue';
import type { ImportStateStore } from './import-state-store';

export const PROGRESS_EVERY_MS = 250;

type Writer = { lastAt: number; timer?: ReturnType<typeof setTimeout>; written: Promise<void> };

export function publishImportState<T, V>(store: ImportStateStore<V>, viewOf: (job: ImportJob<T>) => V, everyMs = PROGRESS_EVERY_MS) {
  const writers = new Map<string, Writer>();

  // The state is read now; the writes of one job follow each other, so an older one never lands last.
  const write = (writer: Writer, job: ImportJob<T>) => {
    writer.lastAt = Date.now();
    const state = { processId: job.processId, ownerId: job.ownerId, view: viewOf(job) };
    writer.written = writer.written
      .then(() => store.write(job.id, state))
      .catch((error) => log.error('layer import: could not share its state', { job: job.id, error }));
  };

  return (job: ImportJob<T>, change: ImportChange) => {
    let writer = writers.get(job.id);
    if (!writer) writers.set(job.id, (writer = { lastAt: 0, written: Promise.resolve() }));
    if (change === 'progress') {
      if (writer.timer) return;
      const wait = writer.lastAt + everyMs - Date.now();
      if (wait > 0) {
        const later = writer;
        later.timer = setTimeout(() => {
          later.timer = undefined;
          write(later, job);
        }, wait);
        later.timer.unref?.();
        return;
      }
    }
    clearTimeout(writer.timer);
    writer.timer = undefined;
    write(writer, job);
    if (job.endedAt !== undefined) writers.delete(job.id);
  };
}
