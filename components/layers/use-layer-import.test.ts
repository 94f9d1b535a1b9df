// Following an import: a server busy for a moment (503) is asked again; any other refusal ends it.
import { afterEach, expect, it, vi } from 'vitest';

import { ApiError } from '@/lib/errors/api-error';

import { nextState, type ImportView } from './use-layer-import';

const job: ImportView = { id: 'job-1', state: 'importing', ahead: 0, progress: 10 };
const noWait = async () => undefined;
const busy = () => Response.json({ error: { code: 'busy', message: 'busy' } }, { status: 503 });

function answers(...responses: (() => Response)[]) {
  const fetchMock = vi.fn(async () => responses.shift()!());
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

it('asks again while the server is busy, and returns the next state', async () => {
  const fetchMock = answers(busy, busy, () => Response.json({ import: { ...job, progress: 40 } }));
  expect(await nextState('demo', job, noWait)).toMatchObject({ state: 'importing', progress: 40 });
  expect(fetchMock).toHaveBeenCalledTimes(3);
});

it('gives up after ten busy answers in a row, with the busy error', async () => {
  const fetchMock = answers(...Array.from({ length: 12 }, () => busy));
  await expect(nextState('demo', job, noWait)).rejects.toMatchObject({ status: 503 });
  expect(fetchMock).toHaveBeenCalledTimes(10);
});

it('ends at once on any other refusal', async () => {
  const fetchMock = answers(() => Response.json({ error: { code: 'not_found', message: 'gone' } }, { status: 404 }));
  await expect(nextState('demo', job, noWait)).rejects.toBeInstanceOf(ApiError);
  expect(fetchMock).toHaveBeenCalledTimes(1);
});
