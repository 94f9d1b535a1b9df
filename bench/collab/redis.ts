// Several collab servers sharing a room through Redis (npm run bench:collab-redis [-- --people 200,600
// --seconds 30 --presence-hz 2 --edit-every-ms 8000 --ports 3640,3641 --redis-port 6640 --cpu-prof dir]).
// --cpu-prof writes a CPU profile of each server over the measured window and prints its top functions.
// For each crowd size, in one run: the crowd on one collab server (no Redis), then the same crowd split
// over two collab servers sharing the room through one redis-server. The crowd (bench/collab/crowd.ts)
// runs in one process in both set-ups; four observers (two on each server) time each change and say
// whether it was made on their own server or crossed through Redis. Loopback only; each run is bounded
// by --seconds and every process it starts is stopped at its end.
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { annotationsMap } from '@/lib/collab/annotation';
import type { PrismaClient } from '@/server/generated/prisma/client';
import { TEST_SECRET, kill, prepareDatabase, startServerProcess, type RunningServer } from '@/server/collab/testing/harness';
import { roomOfProcess, signCollabToken } from '@/server/collab/token';
import { startRedis } from '@/server/signals/testing/redis-server';

import { startCpuProfile } from '../web/cpu-profile';

import { startObservers } from './observers';
import { presenceIntervalMs } from './presence-interval';
import { cpuSeconds, peakRssMB } from './server-usage';
import { ascending, percentile } from './stats';

const args = new Map(process.argv.slice(2).map((arg, i, all) => [arg, all[i + 1]]));
const crowdSizes = (args.get('--people') ?? '200,600').split(',').map(Number);
const seconds = Number(args.get('--seconds') ?? 30);
const presenceHz = Number(args.get('--presence-hz') ?? 2);
presenceIntervalMs(presenceHz);
const editEveryMs = Number(args.get('--edit-every-ms') ?? 8000);
const ports = (args.get('--ports') ?? '0,0,0').split(',').map(Number);
const redisPort = Number(args.get('--redis-port') ?? 6640);
const profileDir = args.get('--cpu-prof');
const bounds: [number, number, number, number] = [-0.1175, 51.5072, -0.0895, 51.525];
const OBSERVERS = 4;
const warmupMs = 3000;
// Whatever happens, the servers, the crowd and Redis end with the benchmark.
const started: ChildProcess[] = [];
process.on('exit', () => started.forEach((child) => child.exitCode === null && child.kill('SIGKILL')));

type Percentiles = { p50: number; p95: number; p99: number; samples: number };
type Result = { all: Percentiles; same: Percentiles; crossing: Percentiles; servers: { cpu: number; rssMB: number }[]; redisCpu: number; crowdCpu: number; msgsPerSecond: number; lost: number; closedEarly: number; load: number };

const percentiles = (values: number[]): Percentiles => {
  const sorted = ascending(values);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), samples: sorted.length };
};

/** A fresh database with the process, the crowd and the observers as citizens; their tokens. */
async function prepareRoom(people: number) {
  const databaseUrl = prepareDatabase();
  process.env.DATABASE_URL = databaseUrl;
  const { createDatabaseClient } = await import('@/server/db');
  const db: PrismaClient = createDatabaseClient(databaseUrl);
  const ids = Array.from({ length: people + OBSERVERS }, (_, i) => `bench-${i}`);
  const created = await db.process.create({ data: { slug: 'bench', title: 'Bench', description: '', status: 'open', boundsWest: bounds[0], boundsSouth: bounds[1], boundsEast: bounds[2], boundsNorth: bounds[3] } });
  await db.user.createMany({ data: ids.map((id, i) => ({ id, name: `Person ${i}`, role: 'citizen' })) });
  await db.$disconnect();
  const tokens = await Promise.all(ids.map((id, i) => signCollabToken({ sub: id, name: `Person ${i}`, role: 'citizen', pid: created.id }, 3600, TEST_SECRET)));
  return { databaseUrl, room: roomOfProcess(created.id), ids, tokens };
}

async function runOnce(serverCount: 1 | 2, people: number, redisUrl: string, redisPid: number): Promise<Result> {
  const { databaseUrl, room, ids, tokens } = await prepareRoom(people);
  const servers: RunningServer[] = [];
  for (let i = 0; i < serverCount; i += 1) {
    const env: Record<string, string> = serverCount > 1 ? { REDIS_URL: redisUrl } : {};
    if (profileDir) env.NODE_OPTIONS = '--inspect=127.0.0.1:0';
    servers.push(await startServerProcess(databaseUrl, ports[i], env));
    started.push(servers[i].child);
  }
  const urls = servers.map((server) => `ws://127.0.0.1:${server.port}`);
  const serverOf = (index: number) => index % serverCount;
  const observers = await startObservers(Array.from({ length: OBSERVERS }, (_, i) => ({ url: urls[serverOf(i)], token: tokens[people + i] })), room);
  const configFile = path.join(os.tmpdir(), `civictwin-crowd-redis-${process.pid}.json`);
  const crowdPeople = ids.slice(0, people).map((id, i) => ({ id, name: `Person ${i}`, token: tokens[i], url: urls[serverOf(i)] }));
  fs.writeFileSync(configFile, JSON.stringify({ url: urls[0], room, people: crowdPeople, durationMs: seconds * 1000, editEveryMs, presenceHz, bounds }));
  const crowd = fork(path.resolve('bench/collab/crowd.ts'), [configFile], { execArgv: ['--import', 'tsx'] });
  started.push(crowd);
  await new Promise((resolve, reject) => {
    crowd.once('message', resolve); // connected
    crowd.once('exit', (code) => reject(new Error(`the crowd exited (${code}) before connecting`)));
  });
  await new Promise((resolve) => setTimeout(resolve, warmupMs));
  observers.measure(true);
  const cpuBefore = servers.map((server) => cpuSeconds(server.child.pid!));
  const profiles = profileDir ? await Promise.all(servers.map((server) => startCpuProfile(server.output.join('').match(/ws:\/\/127\.0\.0\.1:\d+\/[\w-]+/)![0], path.join(profileDir, `${people}-people-${serverCount}-servers-${server.port}.cpuprofile`)))) : [];
  const redisBefore = cpuSeconds(redisPid);
  const loadBefore = os.loadavg()[0];
  const done = await new Promise<{ created: string[]; closedEarly: number; notConnected: number; receivedPerSecond: number; cpuPercent: number }>((resolve, reject) => {
    crowd.on('message', (m: { type: string }) => m.type === 'done' && resolve(m as never));
    crowd.once('exit', (code) => reject(new Error(`the crowd exited (${code}) before the end of the run`)));
  });
  const window = seconds - warmupMs / 1000;
  const cpu = servers.map((server, i) => ((cpuSeconds(server.child.pid!) - cpuBefore[i]) / window) * 100);
  for (const [i, stop] of profiles.entries()) console.log(`${people} people, ${serverCount} server(s), server ${i + 1}: ${(await stop()).slice(0, 8).map(({ name, share }) => `${name} ${(share * 100).toFixed(0)} %`).join('; ')}`);
  const redisCpu = serverCount > 1 ? ((cpuSeconds(redisPid) - redisBefore) / window) * 100 : 0;
  const load = (loadBefore + os.loadavg()[0]) / 2;
  observers.measure(false);
  await new Promise((resolve) => setTimeout(resolve, 3000)); // let the last changes arrive
  const lost = observers.docs.reduce((worst, doc) => {
    const marks = annotationsMap(doc);
    return Math.max(worst, done.created.filter((id) => !marks.has(id)).length);
  }, 0);
  const rss = servers.map((server) => peakRssMB(server.child.pid!));
  observers.destroy();
  await Promise.all(servers.map((server) => kill(server, profileDir ? 'SIGTERM' : 'SIGKILL')));
  fs.rmSync(configFile, { force: true });
  const refusals = servers.flatMap((server) => server.output.join('').split('\n').filter((line) => line.includes('refused')));
  if (refusals.length > 0) console.error(`${refusals.length} refusals, e.g. ${refusals[0]}`);
  const authorServer = new Map(ids.map((id, i) => [id, serverOf(i)]));
  const crossed = (sample: { authorId: string; observer: number }) => authorServer.get(sample.authorId) !== serverOf(sample.observer);
  return {
    all: percentiles(observers.samples.map((sample) => sample.ms)),
    same: percentiles(observers.samples.filter((sample) => !crossed(sample)).map((sample) => sample.ms)),
    crossing: percentiles(observers.samples.filter(crossed).map((sample) => sample.ms)),
    servers: cpu.map((value, i) => ({ cpu: value, rssMB: rss[i] })),
    redisCpu,
    crowdCpu: done.cpuPercent,
    msgsPerSecond: done.receivedPerSecond,
    lost,
    closedEarly: done.closedEarly + done.notConnected,
    load,
  };
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '–');
const ms = (value: number) => `${fmt(value)} ms`;

async function main() {
  console.log(`collab across servers: ${seconds} s per run, a mark added or moved every ~${editEveryMs / 1000} s per person, ${presenceHz === 0 ? 'no cursors' : `cursors at ${presenceHz} Hz`}, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)} at the start\n`);
  const redis = await startRedis(redisPort);
  started.push(redis.child);
  const rows: string[] = [];
  try {
    for (const people of crowdSizes) {
      const one = await runOnce(1, people, redis.url, redis.child.pid!);
      const two = await runOnce(2, people, redis.url, redis.child.pid!);
      for (const [name, result] of [['one server', one], ['two servers + Redis', two]] as const) {
        const servers = result.servers.map((s) => `${fmt(s.cpu)} %`).join(' + ');
        const rss = result.servers.map((s) => `${fmt(s.rssMB)} MB`).join(' + ');
        const vs = result === one ? '1×' : `${fmt(two.all.p95 / one.all.p95, 2)}× p95, ${fmt(two.servers.reduce((n, s) => n + s.cpu, 0) / one.servers[0].cpu, 2)}× CPU`;
        rows.push(
          `| ${people} | ${name} | ${ms(result.all.p50)} | ${ms(result.all.p95)} | ${ms(result.all.p99)} | ${ms(result.same.p95)} | ${result === one ? '–' : `${ms(result.crossing.p95)} (${result.crossing.p95 - one.all.p95 >= 0 ? '+' : ''}${fmt(result.crossing.p95 - one.all.p95)} ms)`} | ${vs} | ${servers} | ${rss} | ${result === one ? '–' : `${fmt(result.redisCpu)} %`} | ${fmt(result.crowdCpu)} % | ${fmt(result.msgsPerSecond)} | ${result.lost} | ${result.closedEarly} | ${fmt(result.load, 1)} |`,
        );
      }
      console.log(`${people} people done (p95 one ${ms(one.all.p95)}, two ${ms(two.all.p95)}, crossing ${ms(two.crossing.p95)})`);
    }
  } finally {
    redis.child.kill('SIGTERM');
  }
  console.log('\n| people | set-up | fan-out p50 | p95 | p99 | p95 same server | p95 crossing (vs one server) | two vs one | server CPU | peak RSS | Redis CPU | crowd CPU | msgs/s to clients | lost | dropped or refused sockets | load average |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
