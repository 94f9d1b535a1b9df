import { describe, expect, it } from 'vitest';

import { AppError } from '@/server/http/app-error';

import { createImportQueue } from './import-queue';

const owner = { processId: 'p', ownerId: 'u' };

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('the import queue', () => {
  it('runs at most its cap at once, tells each waiting job how many are ahead, and starts the next when one ends', async () => {
    const queue = createImportQueue<string>({ atOnce: 2 });
    const gates = [gate(), gate(), gate(), gate()];
    const jobs = gates.map((g, i) => queue.add(owner, async (report) => {
      report(50);
      await g.opened;
      return `layer ${i}`;
    }));
    await Promise.resolve();
    expect(jobs.map((job) => job.state)).toEqual(['importing', 'importing', 'queued', 'queued']);
    expect(jobs.map((job) => job.ahead)).toEqual([0, 0, 0, 1]);
    expect(jobs[0].progress).toBe(50);
    gates[1].open();
    await jobs[1].finished;
    await Promise.resolve();
    expect(jobs.map((job) => job.state)).toEqual(['importing', 'done', 'importing', 'queued']);
    expect(jobs[3].ahead).toBe(0);
    gates.forEach((g) => g.open());
    await Promise.all(jobs.map((job) => job.finished));
    expect(jobs.map((job) => [job.state, job.progress, job.result])).toEqual([0, 1, 2, 3].map((i) => ['done', 100, `layer ${i}`]));
    expect(queue.stats()).toEqual({ running: 0, waiting: 0, mostAtOnce: 2 });
  });

  it('keeps the reason of a failed import and goes on with the others', async () => {
    const queue = createImportQueue<string>({ atOnce: 1 });
    const failing = queue.add(owner, async () => {
      throw new AppError(422, 'layer_json_invalid', 'not JSON');
    });
    const crashing = queue.add(owner, async () => {
      throw new Error('out of memory');
    });
    const fine = queue.add(owner, async () => 'ok');
    await Promise.all([failing, crashing, fine].map((job) => job.finished));
    expect(failing).toMatchObject({ state: 'failed', error: { status: 422, code: 'layer_json_invalid' } });
    expect(crashing).toMatchObject({ state: 'failed', error: { status: 422, code: 'layer_import_failed' } });
    expect(fine).toMatchObject({ state: 'done', result: 'ok' });
  });

  it('refuses an upload with 503 when too many already wait', async () => {
    const queue = createImportQueue<string>({ atOnce: 1, waitingMax: 2 });
    const hold = gate();
    const jobs = [0, 1, 2].map(() => queue.add(owner, () => hold.opened.then(() => 'ok')));
    expect(() => queue.add(owner, async () => 'one too many')).toThrow(expect.objectContaining({ status: 503, code: 'layer_imports_busy' }));
    hold.open();
    await Promise.all(jobs.map((job) => job.finished));
    expect(queue.add(owner, async () => 'room again').state).toBe('importing');
  });

  it('tells of every change the page could see, and of progress only when its whole percent moves', async () => {
    const seen = new Map<string, string[]>();
    const queue = createImportQueue<string>({ atOnce: 1, onChange: (job, change) => seen.set(job.id, [...(seen.get(job.id) ?? []), `${change} ${job.state} ${job.ahead} ${job.progress}`]) });
    const hold = gate();
    const first = queue.add(owner, async (report) => {
      for (const percent of [10.2, 10.4, 11, 5]) report(percent);
      await hold.opened;
      return 'ok';
    });
    const second = queue.add(owner, async () => 'ok');
    hold.open();
    await Promise.all([first, second].map((job) => job.finished));
    expect(seen.get(first.id)).toEqual(['state queued 0 0', 'state importing 0 0', 'progress importing 0 10', 'progress importing 0 11', 'state done 0 100']);
    expect(seen.get(second.id)).toEqual(['state queued 0 0', 'state importing 0 0', 'state done 0 100']);
  });
});
