// Collab benchmark (npm run bench [-- --people 50,200,500 --seconds 30 --presence-hz 2]).
// For each crowd size it runs our collab server (auth, guard, update log, projection) and a bare
// y-websocket server (no auth, no guard, no persistence) as the baseline, with the crowd in its own
// process and three full Yjs clients as observers that measure fan-out latency.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';


import { annotationsMap } from '@/lib/collab/annotation';
import { TEST_SECRET, prepareDatabase, startServerProcess } from '@/server/collab/testing/harness';
import { roomOfProcess, signCollabToken } from '@/server/collab/token';
import { freePort } from '@/server/testing/free-port';

import { presenceIntervalMs } from './presence-interval';
import { startObservers } from './observers';
import { cpuSeconds, peakRssMB } from './server-usage';
import { ascending, percentile } from './stats';

const args = new Map(process.argv.slice(2).map((arg, i, all) => [arg, all[i + 1]]));
const crowdSizes = (args.get('--people') ?? '200').split(',').map(Number);
const seconds = Number(args.get('--seconds') ?? 30);
const presenceHz = Number(args.get('--presence-hz') ?? 2);
presenceIntervalMs(presenceHz); // refuses a rate that is not one before anything starts
const editEveryMs = Number(args.get('--edit-every-ms') ?? 8000);
const bounds: [number, number, number, number] = [-0.1175, 51.5072, -0.0895, 51.525];

type Result = { p50: number; p95: number; p99: number; cpu: number; rssMB: number; msgsPerSecond: number; mbPerSecond: number; lost: number; closedEarly: number; samples: number };



async function startBaseline(): Promise<{ port: number; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['node_modules/@y/websocket-server/src/server.js'], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => child.stdout!.on('data', (chunk) => String(chunk).includes('running') && resolve()));
  return { port, child };
}

async function runOnce(kind: 'ours' | 'baseline', people: number): Promise<Result> {
  let port: number;
  let child: ChildProcess;
  let serverOutput: string[] = [];
  let room = 'bench-room';
  let tokens: (string | null)[] = Array(people + 3).fill(null);
  const ids = Array.from({ length: people + 3 }, (_, i) => `bench-${i}`);
  if (kind === 'ours') {
    const databaseUrl = prepareDatabase();
    process.env.DATABASE_URL = databaseUrl;
    const { PrismaClient } = await import('@/server/generated/prisma/client');
    const { PrismaBetterSQLite3 } = await import('@prisma/adapter-better-sqlite3');
    const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl.slice(5) }) });
    const created = await db.process.create({ data: { slug: 'bench', title: 'Bench', description: '', status: 'open', boundsWest: bounds[0], boundsSouth: bounds[1], boundsEast: bounds[2], boundsNorth: bounds[3] } });
    room = roomOfProcess(created.id);
    await db.user.createMany({ data: ids.map((id, i) => ({ id, name: `Person ${i}`, role: 'citizen' })) });
    tokens = await Promise.all(ids.map((id, i) => signCollabToken({ sub: id, name: `Person ${i}`, role: 'citizen', pid: created.id }, 3600, TEST_SECRET)));
    await db.$disconnect();
    ({ port, child, output: serverOutput } = await startServerProcess(databaseUrl));
  } else {
    ({ port, child } = await startBaseline());
  }
  const url = `ws://127.0.0.1:${port}`;

  const observers = await startObservers([0, 1, 2].map((i) => ({ url, token: tokens[people + i] })), room);
  const configFile = path.join(os.tmpdir(), `civictwin-crowd-${process.pid}.json`);
  const warmupMs = 3000;
  fs.writeFileSync(configFile, JSON.stringify({ url, room, people: ids.slice(0, people).map((id, i) => ({ id, name: `Person ${i}`, token: tokens[i] })), durationMs: seconds * 1000, editEveryMs, presenceHz, bounds }));
  const crowd = fork(path.resolve('bench/collab/crowd.ts'), [configFile], { execArgv: ['--import', 'tsx'] });
  await new Promise((resolve) => crowd.once('message', resolve)); // connected
  await new Promise((resolve) => setTimeout(resolve, warmupMs));
  observers.measure(true);
  const cpuBefore = cpuSeconds(child.pid!);
  const done = await new Promise<{ created: string[]; closedEarly: number; receivedPerSecond: number; receivedMBPerSecond: number }>((resolve) => crowd.on('message', (m: { type: string }) => m.type === 'done' && resolve(m as never)));
  const cpuUsed = cpuSeconds(child.pid!) - cpuBefore;
  observers.measure(false);
  await new Promise((resolve) => setTimeout(resolve, 3000)); // let the last changes arrive
  const seen = new Set<string>();
  annotationsMap(observers.docs[0]).forEach((_entry, id) => seen.add(id));
  const lost = done.created.filter((id) => !seen.has(id)).length;
  const rssMB = peakRssMB(child.pid!);
  observers.destroy();
  child.kill('SIGKILL');
  const refusals = serverOutput.join('').split('\n').filter((line) => line.includes('refused'));
  if (refusals.length > 0) console.error(`${refusals.length} refusals, e.g. ${refusals[0]}`);
  const latencies = ascending(observers.samples.map((sample) => sample.ms));
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    cpu: (cpuUsed / (seconds - warmupMs / 1000)) * 100,
    rssMB,
    msgsPerSecond: done.receivedPerSecond,
    mbPerSecond: done.receivedMBPerSecond,
    lost,
    closedEarly: done.closedEarly,
    samples: latencies.length,
  };
}

async function main() {
  const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
  console.log(`collab benchmark: ${seconds} s per run, a mark added or moved every ~${editEveryMs / 1000} s per person, ${presenceHz === 0 ? 'no cursors' : `cursors at ${presenceHz} Hz`}, ${os.cpus().length} cores\n`);
  console.log('| people | server | fan-out p50 | p95 | p99 | p95 vs baseline | server CPU | peak RSS | msgs/s to clients | MB/s | lost | dropped sockets |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const people of crowdSizes) {
    const baseline = await runOnce('baseline', people);
    const ours = await runOnce('ours', people);
    for (const [name, result] of [['y-websocket (baseline)', baseline], ['CivicTwin', ours]] as const) {
      const ratio = name === 'CivicTwin' ? `${(result.p95 / baseline.p95).toPrecision(2)}×` : '1×';
      console.log(`| ${people} | ${name} | ${fmt(result.p50)} ms | ${fmt(result.p95)} ms | ${fmt(result.p99)} ms | ${ratio} | ${fmt(result.cpu)} % | ${fmt(result.rssMB)} MB | ${fmt(result.msgsPerSecond)} | ${fmt(result.mbPerSecond, 1)} | ${result.lost} | ${result.closedEarly} |`);
    }
  }
  process.exit(0);
}

void main();
