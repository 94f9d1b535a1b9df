import fs from 'node:fs';

import { beforeAll, describe, expect, it } from 'vitest';

import territory from '@/prisma/seed-data/demo-territory.json';
import { prepareDatabase } from '@/server/collab/testing/harness';

import type { StoredUpload } from '../manage-layers';
import { importFileInChildProcess, spoolUpload } from './import-in-child';
import { createImportQueue } from './import-queue';
import type { Bbox } from './normalize';

const details = { name: 'Queued', description: '', owner: 'Test', attribution: '', style: { color: '#000000', opacity: 1 }, legend: [], illustrative: false, visibleByDefault: true };
let processId = '';

/** The import children of this process now, with their resident memory. */
function importChildren(): { pid: number; rss: number }[] {
  const found: { pid: number; rss: number }[] = [];
  for (const entry of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const status = fs.readFileSync(`/proc/${entry}/status`, 'utf8');
      if (Number(status.match(/^PPid:\s+(\d+)/m)?.[1]) !== process.pid) continue;
      if (!fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('import-worker')) continue;
      found.push({ pid: Number(entry), rss: Number(status.match(/^VmRSS:\s+(\d+)/m)?.[1] ?? 0) * 1024 });
    } catch {
      // It ended while we looked.
    }
  }
  return found;
}

beforeAll(async () => {
  process.env.DATABASE_URL = prepareDatabase();
  const { db } = await import('@/server/db');
  const user = await db.user.create({ data: { email: 'queue@example.org', name: 'Queue', role: 'admin', passwordHash: 'x' } });
  const [w, s, e, n] = territory.bounds;
  processId = (await db.process.create({ data: { slug: 'queued', title: 'Queued', description: '', status: 'open', boundsWest: w, boundsSouth: s, boundsEast: e, boundsNorth: n, categories: '[]', createdById: user.id } })).id;
}, 60_000);

describe('parallel layer imports through the queue', () => {
  it('never run more child processes than the cap, and each ends stored or failed with its reason', async () => {
    const cap = 2;
    const queue = createImportQueue<StoredUpload>({ atOnce: cap });
    const files = [
      ['street-trees.geojson', fs.readFileSync('e2e/fixtures/layers/street-trees.geojson')],
      ['cycle-routes.kml', fs.readFileSync('e2e/fixtures/layers/cycle-routes.kml')],
      ['riverside-walk.gpx', fs.readFileSync('e2e/fixtures/layers/riverside-walk.gpx')],
      ['buildings-bng.zip', fs.readFileSync('e2e/fixtures/layers/buildings-bng.zip')],
      ['broken.geojson', Buffer.from('{"type": "FeatureCollection", "features": [ {')],
    ] as const;
    let mostChildren = 0;
    let peakRss = 0;
    const sampler = setInterval(() => {
      const children = importChildren();
      mostChildren = Math.max(mostChildren, children.length);
      peakRss = Math.max(peakRss, children.reduce((sum, child) => sum + child.rss, 0));
    }, 25);
    const progress: number[][] = files.map(() => []);
    const jobs = files.map(([fileName, bytes], i) => {
      const spooled = spoolUpload(new Uint8Array(bytes));
      const job = { fileName, filePath: spooled.filePath, area: territory.bounds as Bbox, processId, layerSlug: `queued-${i}`, details };
      return queue.add({ processId, ownerId: 'admin' }, (report) =>
        importFileInChildProcess(job, (share) => {
          progress[i].push(share);
          report(share * 100);
        }).finally(spooled.remove),
      );
    });
    expect(jobs.map((job) => job.state)).toEqual(['importing', 'importing', 'queued', 'queued', 'queued']);
    await Promise.all(jobs.map((job) => job.finished));
    clearInterval(sampler);

    expect(queue.stats().mostAtOnce).toBe(cap);
    expect(mostChildren).toBeGreaterThan(0);
    expect(mostChildren).toBeLessThanOrEqual(cap);
    expect(jobs.slice(0, 4).map((job) => job.state)).toEqual(['done', 'done', 'done', 'done']);
    for (const job of jobs.slice(0, 4)) expect(job.result!.featureCount).toBeGreaterThan(0);
    expect(jobs[4]).toMatchObject({ state: 'failed', error: { status: 422, code: 'layer_json_invalid' } });
    // Progress was reported on the way, never backwards.
    for (const shares of progress.slice(0, 4)) {
      expect(shares.length).toBeGreaterThan(0);
      expect(shares).toEqual([...shares].sort((a, b) => a - b));
    }
    // Small files, but the bound is the point: at most `cap` importers' memory at once.
    console.log(`import children: at most ${mostChildren} at once, ${Math.round(peakRss / 1024 / 1024)} MB resident together at peak`);
    expect(peakRss).toBeLessThan(cap * 600 * 1024 * 1024);
  }, 120_000);
});
