'use client';

// Sends a layer file and follows its import through the server's queue until it is stored or refused.
import { useState } from 'react';

import { ApiError, apiErrorOf, type ErrorBody } from '@/lib/errors/api-error';

const POLL_MS = 500;

type ImportView = { id: string; state: 'queued' | 'importing' | 'done' | 'failed'; ahead: number; progress: number; layer?: { name: string; featureCount: number }; error?: ErrorBody };
export type ImportProgress = Pick<ImportView, 'state' | 'ahead' | 'progress'>;

async function answerOf(response: Response): Promise<ImportView> {
  if (!response.ok) throw await apiErrorOf(response);
  return ((await response.json()) as { import: ImportView }).import;
}

export function useLayerImport(slug: string) {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const upload = async (form: FormData): Promise<{ name: string; featureCount: number }> => {
    try {
      let job = await answerOf(await fetch(`/api/processes/${slug}/layers`, { method: 'POST', body: form, headers: { prefer: 'respond-async' } }));
      while (job.state === 'queued' || job.state === 'importing') {
        setProgress({ state: job.state, ahead: job.ahead, progress: job.progress });
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        job = await answerOf(await fetch(`/api/processes/${slug}/layers/imports/${job.id}`, { cache: 'no-store' }));
      }
      if (job.state === 'failed' || !job.layer) throw new ApiError(422, job.error ?? null);
      return job.layer;
    } finally {
      setProgress(null);
    }
  };
  return { progress, upload };
}
