// Following an import: a server busy for a moment (503) is asked again; any other refusal ends it.
import { expect, it, vi } from 'vitest';

import { ApiError } from '@/lib/errors/api-error';

import { nextState, type ImportView } from './use-layer-import';

const job: ImportView = { id: 'job-1', state: 'importing', ahead: 0, progress: 10 };
const noWait = async () => undefined;
const busy = () => Response.json({ error: { code: 'busy', message: 'busy' } }, { status: 503 });

/** The server's answers in order, through the poll's own seam (no global fetch replaced). */
function answers(...responses: (() => Response)[]) {
  const ask = vi.fn(async () => responses.shift()!());
  return { wait: noWait, ask };
}

it('asks again while the server is busy, and returns the next state', async () => {
  const poll = answers(busy, busy, () => Response.json({ import: { ...job, progress: 40 } }));
  expect(await nextState('demo', job, poll)).toMatchObject({ state: 'importing', progress: 40 });
  expect(poll.ask).toHaveBeenCalledTimes(3);
});

it('gives up after ten busy answers in a row, with the busy error', async () => {
  const poll = answers(...Array.from({ length: 12 }, () => busy));
  await expect(nextState('demo', job, poll)).rejects.toMatchObject({ status: 503 });
  expect(poll.ask).toHaveBeenCalledTimes(10);
});

it('ends at once on any other refusal', async () => {
  const poll = answers(() => Response.json({ error: { code: 'not_found', message: 'gone' } }, { status: 404 }));
  await expect(nextState('demo', job, poll)).rejects.toBeInstanceOf(ApiError);
  expect(poll.ask).toHaveBeenCalledTimes(1);
});
