// Export benchmark (npm run bench:export [-- --runs 3]): our production web server (server/web/main.ts,
// as npm start runs it) with the demo process grown to a city's scale in two steps (a tenth, then
// 20,000 marks, 2,000 proposals, 30,000 comments, 50,000 votes); a councillor downloads every export at
// each step. Reports each file's median time and size, its ratio to /api/health in the same run, and the
// server's resident memory before and at its peak: streamed, the peak must not grow with the rows.
import os from 'node:os';
import { performance } from 'node:perf_hooks';

import { treeRss, watchPeakRss } from '../web/process-memory';
import { signIn } from '../web/sign-in';
import { seededDatabase, startWebServer } from '../web/web-server';

const args = new Map(process.argv.slice(2).map((arg, i, all) => [arg, all[i + 1]]));
const RUNS = Number(args.get('--runs') ?? 3);
/** `--entry next` runs bare `next start` instead (5 s keep-alive: see the README on "other side closed"). */
const ENTRY = args.get('--entry') === 'next' ? 'next' : 'main';
const FULL = { marks: 20_000, proposals: 2_000, comments: 30_000, votes: 50_000 };
const EXPORTS = [['csv', 'marks'], ['geojson', 'marks'], ['csv', 'proposals'], ['geojson', 'proposals'], ['csv', 'comments']] as const;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

type Row = { step: string; file: string; seconds: number; bytes: number; rssBefore: number; rssPeak: number };

/** Rows from the previous share to `share` of each kind, written straight into the database as the volume tests do. */
async function grow(databaseUrl: string, share: number, previous: number) {
  process.env.DATABASE_URL = databaseUrl;
  const { db } = await import('@/server/db');
  const { insertRows } = await import('@/server/testing/large-seed');
  const demo = await db.process.findUniqueOrThrow({ where: { slug: 'demo' } });
  const people = (await db.user.findMany({ select: { id: true, name: true } })).slice(0, 50);
  const [w, s, e, n] = [demo.boundsWest, demo.boundsSouth, demo.boundsEast, demo.boundsNorth];
  const range = (count: number) => Array.from({ length: Math.round(count * share) - Math.round(count * previous) }, (_, i) => i + Math.round(count * previous));
  const now = new Date();
  const at = (i: number) => [w + (((i * 7919) % 1000) / 1000) * (e - w), s + (((i * 104_729) % 1000) / 1000) * (n - s)];
  await insertRows(db, 'Annotation', range(FULL.marks).map((i) => ({
    id: `bench-mark-${i}`, processId: demo.id, kind: 'point', geometry: JSON.stringify({ type: 'Point', coordinates: at(i) }), category: 'idea',
    text: `Mark ${i}: =cmd "quoted", accents é and emoji 🌳`, authorId: people[i % people.length].id, authorName: people[i % people.length].name, createdAt: now, updatedAt: now,
  })));
  await insertRows(db, 'Proposal', range(FULL.proposals).map((i) => ({
    id: `bench-proposal-${i}`, processId: demo.id, authorId: people[i % people.length].id, title: `Proposal ${i}`, body: `Why ${i} matters,\nin two lines`, category: 'idea', status: 'published',
    geometry: i % 2 ? JSON.stringify({ type: 'Point', coordinates: at(i) }) : null, publishedAt: now, createdAt: now, updatedAt: now,
  })));
  const marks = Math.round(FULL.marks * share);
  const proposals = Math.round(FULL.proposals * share);
  await insertRows(db, 'Comment', range(FULL.comments).map((i) => ({
    id: `bench-comment-${i}`, processId: demo.id, targetType: i % 3 ? 'annotation' : 'proposal', targetId: i % 3 ? `bench-mark-${i % marks}` : `bench-proposal-${i % proposals}`,
    authorId: people[i % people.length].id, body: `Comment ${i}`, createdAt: now,
  })));
  await insertRows(db, 'Vote', range(FULL.votes).map((i) => ({
    id: `bench-vote-${i}`, processId: demo.id, voterId: people[i % people.length].id, targetType: 'annotation', targetId: `bench-mark-${Math.floor(i / people.length)}`, value: 1, createdAt: now, updatedAt: now,
  })));
}

async function download(url: string, cookie: string, path: string) {
  const started = performance.now();
  const response = await fetch(url + path, { headers: { cookie } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  let bytes = 0;
  const reader = response.body!.getReader();
  for (let part = await reader.read(); !part.done; part = await reader.read()) bytes += part.value.length;
  return { seconds: (performance.now() - started) / 1000, bytes };
}

async function main() {
  const databaseUrl = seededDatabase();
  const rows: Row[] = [];
  const server = await startWebServer(databaseUrl, { entry: ENTRY });
  let health = 0;
  try {
    const cookie = await signIn(server.url, 'councillor@example.org');
    let done = 0;
    for (const [step, share] of [['a tenth', 0.1], ['full', 1]] as const) {
      await grow(databaseUrl, share, done);
      done = share;
      await download(server.url, cookie, '/api/processes/demo/export?format=csv&what=proposals'); // warm-up: first compilation not counted
      for (const [format, what] of EXPORTS) {
        const rssBefore = treeRss(server.pid);
        const stop = watchPeakRss(server.pid, 50);
        const runs = [];
        for (let i = 0; i < RUNS; i++) runs.push(await download(server.url, cookie, `/api/processes/demo/export?format=${format}&what=${what}`));
        rows.push({ step, file: `${what}.${format}`, seconds: median(runs.map((r) => r.seconds)), bytes: runs[0].bytes, rssBefore, rssPeak: stop() });
      }
    }
    const healthRuns = [];
    for (let i = 0; i < 20; i++) healthRuns.push((await download(server.url, '', '/api/health')).seconds);
    health = median(healthRuns);
  } finally {
    await server.stop();
  }
  console.log(`\nbaseline /api/health: median ${(health * 1000).toFixed(1)} ms (20 requests); load average ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}`);
  console.log(`\n| process | file | median of ${RUNS} | × health | size | server RSS before → peak |`);
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.step} | ${r.file} | ${r.seconds.toFixed(2)} s | ${(r.seconds / health).toFixed(0)}× | ${mb(r.bytes)} | ${mb(r.rssBefore)} → ${mb(r.rssPeak)} |`);
  for (const step of ['a tenth', 'full']) {
    const mine = rows.filter((r) => r.step === step);
    console.log(`${step}: every export in ${mine.reduce((t, r) => t + r.seconds, 0).toFixed(2)} s, peak RSS ${mb(Math.max(...mine.map((r) => r.rssPeak)))}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
