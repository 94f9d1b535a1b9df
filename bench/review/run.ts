// Review benchmark (npm run bench:review [-- --runs 30]): a process with 20,000 marks, 2,000 proposals,
// 30,000 comments and 50,000 votes on a fresh SQLite database, then the review's answer (every figure
// and the first page of the proposal list, as the API computes it) and the map's cells, timed without
// a filter, with the map's view, with a drawn area, and with an area, a category and a period.
import os from 'node:os';
import { performance } from 'node:perf_hooks';

import { freshDatabase, insertRows, markAt, seedMarkRows, seedProcess } from '@/server/testing/large-seed';

const args = new Map(process.argv.slice(2).map((arg, i, all) => [arg, all[i + 1]]));
const RUNS = Number(args.get('--runs') ?? 30);
const COUNTS = { marks: 20_000, proposals: 2_000, comments: 30_000, votes: 50_000, people: 1_500, guests: 100 };
const DAY = 86_400_000;
const START = Date.UTC(2026, 2, 1);
const CATEGORIES = ['idea', 'problem', 'question'];

async function seed() {
  const db = await freshDatabase();
  const processId = (await seedProcess(db)).id;
  const now = new Date();
  const person = (i: number) => ({ id: `p-${i}`, name: `Person ${i}`, email: `p-${i}@example.org`, role: 'citizen', locale: 'en', createdAt: now, updatedAt: now });
  const guest = (i: number) => ({ id: `g-${i}`, name: `Guest ${i}`, email: null, role: 'guest', locale: 'en', createdAt: now, updatedAt: now });
  await insertRows(db, 'User', [...Array.from({ length: COUNTS.people }, (_, i) => person(i)), ...Array.from({ length: COUNTS.guests }, (_, i) => guest(i))]);
  const who = (i: number) => (i % 10 === 9 ? `g-${i % COUNTS.guests}` : `p-${i % COUNTS.people}`);
  const at = (i: number, n: number) => START + Math.floor((i / n) * 30 * DAY);

  const marks = Array.from({ length: COUNTS.marks }, (_, i) => {
    const mark = markAt(i, { id: who(i), name: 'someone' });
    return { ...mark, category: CATEGORIES[i % 3], createdAt: at(i, COUNTS.marks), updatedAt: at(i, COUNTS.marks) };
  });
  await seedMarkRows(db, processId, marks);
  const proposals = Array.from({ length: COUNTS.proposals }, (_, i) => {
    const [lon, lat] = markAt(i * 7 + 3, { id: '', name: '' }).geometry.coordinates as [number, number];
    const time = new Date(at(i, COUNTS.proposals));
    return { id: `proposal-${i}`, processId, authorId: who(i), title: `Proposal ${i}`, body: 'Because', category: CATEGORIES[i % 3], status: i % 4 === 0 ? 'accepted' : 'published', geometry: i % 5 === 0 ? null : JSON.stringify({ type: 'Point', coordinates: [lon, lat] }), publishedAt: time, createdAt: time, updatedAt: time };
  });
  await insertRows(db, 'Proposal', proposals);
  const targets = (i: number) => (i % 2 ? { targetType: 'proposal', targetId: `proposal-${i % COUNTS.proposals}` } : { targetType: 'annotation', targetId: marks[(i * 7919) % COUNTS.marks].id });
  await insertRows(db, 'Comment', Array.from({ length: COUNTS.comments }, (_, i) => ({ id: `c-${i}`, processId, ...targets(i), parentId: null, authorId: who(i * 3), body: `Comment ${i}`, createdAt: new Date(at(i, COUNTS.comments)), hiddenAt: i % 50 === 0 ? now : null })));
  // Each (voter, target) once: the target walks 22,000 items, the voter changes every 22,000 votes.
  const items = [...proposals.map((p) => ({ targetType: 'proposal', targetId: p.id })), ...marks.map((m) => ({ targetType: 'annotation', targetId: m.id }))];
  await insertRows(db, 'Vote', Array.from({ length: COUNTS.votes }, (_, i) => {
    const target = items[(i * 7919) % items.length];
    const voterId = `p-${(i % 500) + 500 * Math.floor(i / items.length)}`;
    return { id: `v-${i}`, processId, voterId, ...target, value: i % 7 === 0 ? -1 : 1, createdAt: new Date(at(i, COUNTS.votes)), updatedAt: now };
  }));
  return { db, processId };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

/** Wall time and this process's CPU time (SQLite runs in-process, synchronously: the CPU figure is the load-independent one). */
async function time(run: () => Promise<unknown>) {
  await run(); // warm-up
  const times: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    await run();
    const used = process.cpuUsage(cpu);
    times.push(performance.now() - start);
    cpus.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  return { median: quantile(times, 0.5), p95: quantile(times, 0.95), cpu: quantile(cpus, 0.5) };
}

async function main() {
  const seedStart = performance.now();
  const { processId } = await seed();
  console.log(`seeded ${Object.entries(COUNTS).map(([k, v]) => `${v} ${k}`).join(', ')} in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
  const { reviewAnswer } = await import('@/server/review/review-answer');
  const { reviewPlaces } = await import('@/server/review/review-places');
  const { parseReviewFilter } = await import('@/server/review/review-filter');
  const territory: [number, number, number, number] = [-0.12, 51.5, -0.08, 51.53];
  // A twelve-cornered area over about a quarter of the territory.
  const ring = Array.from({ length: 12 }, (_, k) => [-0.1 + 0.01 * Math.cos((k * Math.PI) / 6), 51.515 + 0.008 * Math.sin((k * Math.PI) / 6)]);
  const area = JSON.stringify({ type: 'Polygon', coordinates: [[...ring, ring[0]]] });
  const filters: [string, Record<string, string>][] = [
    ['no filter', {}],
    ['map view (bounds)', { west: '-0.11', south: '51.505', east: '-0.09', north: '51.525' }],
    ['drawn area (12 corners)', { area }],
    ['area + category + period', { area, category: 'idea', from: '2026-03-05', to: '2026-03-20' }],
  ];
  // A baseline in the same run: one indexed count of the process's marks, to read the figures against the machine's load.
  const { db } = await import('@/server/db');
  const baseline = await time(() => db.annotation.count({ where: { processId, hiddenAt: null } }));
  console.log(`\nbaseline (count of the process's marks): median wall ${baseline.median.toFixed(1)} ms, median CPU ${baseline.cpu.toFixed(1)} ms`);
  console.log(`\n| filter | review answer: median wall | p95 wall | median CPU | map cells: median wall | median CPU | × baseline (wall) | marks in the answer |`);
  console.log('|---|---|---|---|---|---|---|---|');
  for (const [name, query] of filters) {
    const params = new URLSearchParams(query);
    const answer = await reviewAnswer(processId, params);
    const figures = await time(() => reviewAnswer(processId, params));
    const cells = await time(() => reviewPlaces(processId, territory, parseReviewFilter(params)));
    console.log(`| ${name} | ${figures.median.toFixed(0)} ms | ${figures.p95.toFixed(0)} ms | ${figures.cpu.toFixed(0)} ms | ${cells.median.toFixed(0)} ms | ${cells.cpu.toFixed(0)} ms | ${(figures.median / baseline.median).toFixed(0)}× | ${answer.totals.marks} |`);
  }
  console.log(`\n${RUNS} runs each after one warm-up; in-process (the API route adds the session read and JSON); load average ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}.`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
