'use client';

// Sends a layer file and follows its import through the server's queue until it is stored or refused.
import { useState } from 'react';

import { ApiError, apiErrorOf, type ErrorBody } from '@/lib/errors/api-error';

const POLL_MS = 500;
const BUSY_TRIES = 10;

export type ImportView = { id: string; state: 'queued' | 'importing' | 'done' | 'failed'; ahead: number; progress: number; layer?: { name: string; featureCount: number }; error?: ErrorBody };
export type ImportProgress = Pick<ImportView, 'state' | 'ahead' | 'progress'>;

async function answerOf(response: Response): Promise<ImportView> {
  if (!response.ok) throw await apiErrorOf(response);
  return ((await response.json()) as { import: ImportView }).import;
}

/** The job's next state, asked every POLL_MS; a server busy for a moment (503) is asked again, up to BUSY_TRIES times in a row. */
type Poll = { wait: (ms: number) => Promise<unknown>; ask: (url: string) => Promise<Response> };
const browserPoll: Poll = { wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)), ask: (url) => fetch(url, { cache: 'no-store' }) };

export async function nextState(slug: string, job: ImportView, { wait, ask }: Poll = browserPoll): Promise<ImportView> {
  for (let busy = 0; ; busy += 1) {
    await wait(POLL_MS);
    const response = await ask(`/api/processes/${slug}/layers/imports/${job.id}`);
    if (response.status !== 503 || busy + 1 >= BUSY_TRIES) return answerOf(response);
  }
}

export function useLayerImport(slug: string) {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const upload = async (form: FormData): Promise<{ name: string; featureCount: number }> => {
    try {
      let job = await answerOf(await fetch(`/api/processes/${slug}/layers`, { method: 'POST', body: form, headers: { prefer: 'respond-async' } }));
      while (job.state === 'queued' || job.state === 'importing') {
        setProgress({ state: job.state, ahead: job.ahead, progress: job.progress });
        job = await nextState(slug, job);
      }
      if (job.state === 'failed' || !job.layer) throw new ApiError(422, job.error ?? null);
      return job.layer;
    } finally {
      setProgress(null);
    }
  };
  return { progress, upload };
}
