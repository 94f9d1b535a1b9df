// Layer imports wait their turn: each runs in a child process that may take gigabytes for a large
// file, so only a few run at once and the rest queue. Every job can be followed while it waits
// (its place in line), runs (how far it got) and after it ends (its layer, or why it failed).
import { randomUUID } from 'node:crypto';

import { AppError } from '@/server/http/app-error';
import { log } from '@/server/log/log';

/** How many imports run at once in this web process (CIVICTWIN_LAYER_IMPORTS_AT_ONCE). */
export const LAYER_IMPORTS_AT_ONCE = Math.max(1, Number(process.env.CIVICTWIN_LAYER_IMPORTS_AT_ONCE ?? 1) || 1);
/** How many may wait behind them; past that an upload is refused rather than held. */
export const LAYER_IMPORTS_WAITING_MAX = 20;
/** A finished job stays readable this long, for the page that follows it. */
export const FINISHED_KEPT_MS = 15 * 60_000;

export type ImportState = 'queued' | 'importing' | 'done' | 'failed';

export type ImportJob<T> = {
  id: string;
  processId: string;
  ownerId: string;
  state: ImportState;
  /** Imports ahead of this one while it is queued; 0 otherwise. */
  ahead: number;
  /** 0–100 while importing, 100 once done. */
  progress: number;
  result?: T;
  error?: AppError;
  finished: Promise<void>;
  endedAt?: number;
};

/** What changed in a job: only how far it got, or anything else the page sees (state, place in line). */
export type ImportChange = 'progress' | 'state';

export type ImportQueueOptions<T> = {
  atOnce?: number;
  waitingMax?: number;
  /** Told of every change the page could see, as it happens (to share the job with other web processes). */
  onChange?: (job: ImportJob<T>, change: ImportChange) => void;
};

export type ImportTask<T> = (reportProgress: (percent: number) => void) => Promise<T>;

function failureOf(error: unknown): AppError {
  if (error instanceof AppError) return error;
  log.error('layer import failed', { error });
  return new AppError(422, 'layer_import_failed', 'The file could not be imported.');
}

export function createImportQueue<T>({ atOnce = LAYER_IMPORTS_AT_ONCE, waitingMax = LAYER_IMPORTS_WAITING_MAX, onChange = () => {} }: ImportQueueOptions<T> = {}) {
  const jobs = new Map<string, ImportJob<T>>();
  const waiting: { job: ImportJob<T>; task: ImportTask<T>; done: () => void }[] = [];
  let running = 0;
  let mostAtOnce = 0;

  const forgetOldJobs = () => {
    const cutoff = Date.now() - FINISHED_KEPT_MS;
    for (const [id, job] of jobs) if (job.endedAt !== undefined && job.endedAt < cutoff) jobs.delete(id);
  };

  const startNext = () => {
    while (running < atOnce && waiting.length > 0) {
      const next = waiting.shift()!;
      waiting.forEach(({ job }, index) => {
        if (job.ahead === index) return;
        job.ahead = index;
        onChange(job, 'state');
      });
      void run(next.job, next.task).then(next.done);
    }
  };

  // Counts itself as running before its first await, so startNext never starts more than the cap.
  const run = async (job: ImportJob<T>, task: ImportTask<T>) => {
    running += 1;
    mostAtOnce = Math.max(mostAtOnce, running);
    job.state = 'importing';
    job.ahead = 0;
    onChange(job, 'state');
    const reportProgress = (percent: number) => {
      const progress = Math.max(job.progress, Math.min(99, Math.round(percent)));
      if (progress === job.progress) return;
      job.progress = progress;
      onChange(job, 'progress');
    };
    try {
      job.result = await task(reportProgress);
      job.state = 'done';
      job.progress = 100;
    } catch (error) {
      job.error = failureOf(error);
      job.state = 'failed';
    } finally {
      job.endedAt = Date.now();
      running -= 1;
      onChange(job, 'state');
      startNext();
    }
  };

  return {
    /** Queues the task; throws 503 layer_imports_busy when too many already wait. */
    add(owner: { processId: string; ownerId: string }, task: ImportTask<T>): ImportJob<T> {
      forgetOldJobs();
      if (waiting.length >= waitingMax) throw new AppError(503, 'layer_imports_busy', 'Too many layer imports are waiting. Try again in a few minutes.');
      let done!: () => void;
      const job: ImportJob<T> = { id: randomUUID(), ...owner, state: 'queued', ahead: waiting.length, progress: 0, finished: new Promise<void>((resolve) => (done = resolve)) };
      jobs.set(job.id, job);
      waiting.push({ job, task, done });
      onChange(job, 'state');
      startNext();
      return job;
    },
    get: (id: string): ImportJob<T> | undefined => jobs.get(id),
    /** For tests and the README's figures: imports running now, and the most that ever ran together. */
    stats: () => ({ running, waiting: waiting.length, mostAtOnce }),
  };
}

export type ImportQueue<T> = ReturnType<typeof createImportQueue<T>>;
