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

/** Imports the file and stores it as a new layer of the process, all in a child process. */
export async function importInChildProcess(bytes: Uint8Array, job: Omit<ImportJob, 'filePath'>): Promise<StoredUpload> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'civictwin-import-'));
  const filePath = path.join(dir, 'upload');
  fs.writeFileSync(filePath, bytes);
  try {
    return await new Promise<StoredUpload>((resolve, reject) => {
      const child = fork(path.join(process.cwd(), ...WORKER_PATH), [], {
        execArgv: ['--import', 'tsx', '--max-old-space-size=4096'],
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      const failed = () => new LayerFileError('layer_import_failed', 'The file could not be imported: it is too large or too complex to process. Simplify it or split it, and try again.', 422);
      const timer = setTimeout(() => child.kill('SIGKILL'), TIME_LIMIT_MS);
      let answered = false;
      child.once('message', (answer: Answer) => {
        answered = true;
        if (answer.ok) resolve(answer.result);
        else reject(answer.error ? new LayerFileError(answer.error.code, answer.error.message, answer.error.status, answer.error.params) : failed());
      });
      child.once('exit', () => {
        clearTimeout(timer);
        if (!answered) reject(failed());
      });
      child.once('error', () => reject(failed()));
      child.send({ ...job, filePath } satisfies ImportJob);
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
