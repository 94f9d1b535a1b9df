// Runs an import in its own process (see import-worker.ts): the web server keeps answering meanwhile,
// and a file that exhausts memory takes down only that process, with nothing stored.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { ErrorParams } from '@/server/http/app-error';

import type { StoredUpload } from '../manage-layers';
import type { ImportJob } from './import-worker';
import { LayerFileError, type LayerFileCode } from './layer-file-error';

const TIME_LIMIT_MS = 5 * 60_000;
// Spelled as parts so the bundler does not try to bundle the worker: it runs from source with tsx.
const WORKER_PATH = ['server', 'domain', 'layers', 'import', 'import-worker.ts'];

type Answer = { ok: true; result: StoredUpload } | { ok: false; error: { status: 413 | 415 | 422; code: LayerFileCode; message: string; params?: ErrorParams } | null };
type Message = Answer | { progress: number };

/** Keeps an upload on disk until its import runs, so a queued file holds no memory; `remove` deletes it. */
export function spoolUpload(bytes: Uint8Array): { filePath: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'civictwin-import-'));
  const filePath = path.join(dir, 'upload');
  fs.writeFileSync(filePath, bytes);
  return { filePath, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Imports the file and stores it as a new layer of the process, all in a child process. */
export async function importInChildProcess(bytes: Uint8Array, job: Omit<ImportJob, 'filePath'>, onProgress?: (share: number) => void): Promise<StoredUpload> {
  const spooled = spoolUpload(bytes);
  try {
    return await importFileInChildProcess({ ...job, filePath: spooled.filePath }, onProgress);
  } finally {
    spooled.remove();
  }
}

/** The same for a file already on disk; `onProgress` hears the share done (0–1) as the child reports it. */
export function importFileInChildProcess(job: ImportJob, onProgress: (share: number) => void = () => {}): Promise<StoredUpload> {
  return new Promise<StoredUpload>((resolve, reject) => {
    const child = fork(path.join(process.cwd(), ...WORKER_PATH), [], {
      execArgv: ['--import', 'tsx', '--max-old-space-size=4096'],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const failed = () => new LayerFileError('layer_import_failed', 'The file could not be imported: it is too large or too complex to process. Simplify it or split it, and try again.', 422);
    const timer = setTimeout(() => child.kill('SIGKILL'), TIME_LIMIT_MS);
    let answer: Answer | null = null;
    child.on('message', (message: Message) => {
      if ('progress' in message) onProgress(message.progress);
      else answer = message;
    });
    // Settled only once the child is gone, so the import queue never has more children alive than its cap.
    child.once('exit', () => {
      clearTimeout(timer);
      if (answer?.ok) resolve(answer.result);
      else reject(answer?.error ? new LayerFileError(answer.error.code, answer.error.message, answer.error.status, answer.error.params) : failed());
    });
    child.once('error', () => reject(failed()));
    child.send(job satisfies ImportJob);
  });
}
