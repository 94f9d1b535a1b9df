// Live-session benchmark (npm run bench:live [-- --people 30,300 --seconds 60 --presence-hz 2 --web-port 0 --collab-port 0]).
// For each room size: the production web server and the collab server on a seeded database, a
// facilitator who starts a session through the API, and N guests who join by its code (POST
// /api/join, then a collab token) and open the page's event stream. Then, for `--seconds`, the crowd
// (bench/collab/crowd.ts, thin clients) marks and moves its cursors, the facilitator follows, switches
// phases, spotlights and (the baseline) adds a plain mark, and every guest places its dots in one
// burst through POST …/rounds/<rid>/votes. Reports each change's delay to every participant, the
// vote requests' rate and latency beside /api/health's on the same schedule, and the requests the
// participants' pages would make because of the signals they received. Loopback only.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';

import { demoProcess } from '@/prisma/seed-data/demo-process';

import { DOTS, openRound, voteBurst, type Burst } from './live-burst';
import { arrivalsOf, CHANGE_KINDS, connectFacilitator, FACILITATOR_CLIENT, type ChangeKind } from './live-facilitator';
import { joinGuests, openLiveRoom, type Participant } from './live-room';
import { startCpuProfile } from '../web/cpu-profile';
import { cpuMs } from '../web/process-memory';

import { signalCounter, type SignalCount } from './live-signals';
import { presenceIntervalMs } from './presence-interval';
import { ascending, percentile } from './stats';

const args = new Map(process.argv.slice(2).map((arg, i, all) => [arg, all[i + 1]]));
const sizes = (args.get('--people') ?? '30,300').split(',').map(Number);
const seconds = Number(args.get('--seconds') ?? 60);
const presenceHz = Number(args.get('--presence-hz') ?? 2);
presenceIntervalMs(presenceHz);
const editEveryMs = Number(args.get('--edit-every-ms') ?? 8000);
const warmupMs = 3000;
/** Writes the web server's CPU profile of the run there and prints its top functions. */
const profileFile = args.get('--profile');
// 0: any free loopback port.
const ports = { web: Number(args.get('--web-port') ?? 0) || undefined, collab: Number(args.get('--collab-port') ?? 0) };

type Run = {
  people: number;
  fanOut: Record<ChangeKind, { all: number[]; last: number[]; missing: number; changes: number }>;
  burst: Burst;
  joinMs: number[];
  signals: { joining: SignalCount; running: SignalCount };
  /** CPU % of one core during the run: web server, collab server, the crowd, this process (facilitator, votes, event streams). */
  cpu: { web: number; collab: number; crowd: number; bench: number };
  closedEarly: number;
  load: number;
  /** This process's event-loop delay, p99 (ms): how late it could stamp an arrival or a vote's answer. */
  loopDelay: number;
  crowdLoopDelay: number;
};

async function runOnce(people: number): Promise<Run> {
  const room = await openLiveRoom(ports);
  const counter = signalCounter(room.web.url);
  try {
    const claims = JSON.parse(Buffer.from(room.facilitator.token.split('.')[1], 'base64url').toString('utf8')) as { sub: string; name: string };
    const collabUrl = `ws://127.0.0.1:${room.collab.port}`;
    const facilitator = connectFacilitator(collabUrl, room.room, room.facilitator.token, { id: claims.sub, name: claims.name }, demoProcess.bounds);
    await facilitator.synced();
    if (facilitator.state().sessionId !== room.sessionId) throw new Error('the room does not name the started session');
    const joined = await joinGuests(room, people, (person) => counter.add(person));
    const joining = counter.count();
    counter.reset();

    const configFile = path.join(os.tmpdir(), `civictwin-live-crowd-${process.pid}.json`);
    const crowdPeople = joined.people.map(({ id, name, token }: Participant) => ({ id, name, token }));
    fs.writeFileSync(configFile, JSON.stringify({ url: collabUrl, room: room.room, people: crowdPeople, durationMs: seconds * 1000 + warmupMs, editEveryMs, presenceHz, bounds: demoProcess.bounds, watchClient: FACILITATOR_CLIENT }));
    const crowd = fork(path.resolve('bench/collab/crowd.ts'), [configFile], { execArgv: ['--import', 'tsx'] });
    const done = new Promise<{ arrivals: [number, number][][]; closedEarly: number; loopDelayMs: number; cpuPercent: number }>((resolve) => crowd.on('message', (m: { type: string }) => m.type === 'done' && resolve(m as never)));
    await new Promise((resolve) => crowd.once('message', resolve)); // connected
    await new Promise((resolve) => setTimeout(resolve, warmupMs));
    const pids = { web: room.web.pid, collab: room.collab.child.pid!, bench: process.pid };
    const cpuBefore = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuMs(pid)]));
    const runStarted = Date.now();
    const delay = monitorEventLoopDelay({ resolution: 20 });
    delay.enable();
    const stopProfile = profileFile && room.web.inspector ? await startCpuProfile(room.web.inspector, profileFile) : null;
    const round = await openRound(room, seconds * 3); // a loaded machine stretches the burst: the round must outlast it
    facilitator.showRound(round);
    const steering = facilitator.steer(Date.now() + (seconds - 8) * 1000, 700); // a last round of steering ends before the crowd stops listening
    const burst = await voteBurst(room, round.id, joined.people, facilitator.marks(), seconds - 5);
    await steering;
    const load = os.loadavg()[0];
    if (stopProfile) for (const { name, share } of await stopProfile()) console.log(`web server CPU profile: ${(share * 100).toFixed(1)} % ${name}`);
    const result = await done;
    const cpu = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, ((cpuMs(pid) - cpuBefore[name]) / (Date.now() - runStarted)) * 100]));
    const loopDelay = delay.percentile(99) / 1e6;
    const running = counter.count();
    if (facilitator.closed()) console.error('the facilitator was disconnected');
    facilitator.stop();
    const refusals = room.collab.output.join('').split('\n').filter((line) => line.includes('refused'));
    if (refusals.length) console.error(`${refusals.length} refusals, e.g. ${refusals[0]}`);
    const webErrors = room.web.output.join('').split('\n').filter((line) => /error/i.test(line));
    if (webErrors.length) console.error(`the web server logged ${webErrors.length} error lines, e.g. ${webErrors.slice(0, 3).join(' | ')}`);

    const fanOut = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, { all: [] as number[], last: [] as number[], missing: 0, changes: 0 }])) as Run['fanOut'];
    for (const { change, ms, missing } of arrivalsOf(facilitator.changes, result.arrivals)) {
      const entry = fanOut[change.kind];
      entry.all.push(...ms);
      entry.last.push(Math.max(...ms));
      entry.missing += missing;
      entry.changes += 1;
    }
    return { people, fanOut, burst, joinMs: joined.joinMs, signals: { joining, running }, cpu: { ...cpu, crowd: result.cpuPercent } as Run['cpu'], closedEarly: result.closedEarly, load, loopDelay, crowdLoopDelay: result.loopDelayMs };
  } finally {
    counter.stop();
    await room.stop();
  }
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const q = (values: number[], p: number) => percentile(ascending(values), p);

function report(runs: Run[]) {
  const base = runs[0];
  console.log(`\nFan-out: from the facilitator's change to its arrival at each participant (all participant × change pairs; "last": the slowest participant of each change). Baseline: a plain mark by the same facilitator, same run; and the first room size.\n`);
  console.log('| people | change | changes | p50 | p95 | p99 | p95 to the last participant | p95 vs plain mark | p95 vs same at ' + base.people + ' | never arrived |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const run of runs) {
    for (const kind of CHANGE_KINDS) {
      const { all, last, missing, changes } = run.fanOut[kind];
      const mark = q(run.fanOut.mark.all, 95);
      console.log(`| ${run.people} | ${kind} | ${changes} | ${fmt(q(all, 50))} ms | ${fmt(q(all, 95))} ms | ${fmt(q(all, 99))} ms | ${fmt(q(last, 95))} ms | ${fmt(q(all, 95) / mark, 2)}× | ${fmt(q(all, 95) / q(base.fanOut[kind].all, 95), 2)}× | ${missing} |`);
    }
  }
  console.log(`\nDot-vote burst through the web server (${DOTS} dots each, one try more; goal: vote p95 ≤ 300 ms). /api/health on the same schedule is the machine's load.\n`);
  console.log('| people | vote requests | rate | p50 | p95 | p99 | /api/health p50 / p95 | vote p95 vs health p95 | 201 / refused | joins (join + token) p50 / p95 | CPU: web / collab / crowd / bench | load average | dropped sockets |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const run of runs) {
    const all = run.burst.votes.map((vote) => vote.ms);
    const count = (status: number) => run.burst.votes.filter((vote) => vote.status === status).length;
    const codes = new Map<string, number>();
    for (const vote of run.burst.votes) if (vote.status !== 201) codes.set(`${vote.status} ${vote.code}`, (codes.get(`${vote.status} ${vote.code}`) ?? 0) + 1);
    const refused = [...codes].map(([code, n]) => `${n} ${code}`).join(', ') || 'none';
    const cpu = [run.cpu.web, run.cpu.collab, run.cpu.crowd, run.cpu.bench].map((n) => `${fmt(n)} %`).join(' / ');
    console.log(`| ${run.people} | ${all.length} in ${fmt(run.burst.wallSeconds, 1)} s | ${fmt(all.length / run.burst.wallSeconds, 1)}/s | ${fmt(q(all, 50), 1)} ms | ${fmt(q(all, 95), 1)} ms | ${fmt(q(all, 99), 1)} ms | ${fmt(q(run.burst.health, 50), 1)} / ${fmt(q(run.burst.health, 95), 1)} ms | ${fmt(q(all, 95) / q(run.burst.health, 95), 1)}× | ${count(201)} / ${refused} | ${fmt(q(run.joinMs, 50))} / ${fmt(q(run.joinMs, 95))} ms | ${cpu} | ${fmt(run.load, 1)} | ${run.closedEarly} |`);
  }
  console.log('\nSignals on the participants\' event streams, and the requests their pages would make because of them (no storm: a signal carries what changed).\n');
  console.log('| people | while | signals received | requests the pages would make | per participant | by signal type (signals → requests) |');
  console.log('|---|---|---|---|---|---|');
  for (const run of runs) {
    for (const [label, count] of [['joining', run.signals.joining], ['marking and voting', run.signals.running]] as const) {
      const types = Object.entries(count.byType).map(([type, n]) => `${type}: ${n.signals} → ${n.requests}`).join(', ');
      console.log(`| ${run.people} | ${label} | ${count.signals} | ${count.requests} | ${fmt(count.requests / run.people, 1)} | ${types} |`);
    }
  }
}

async function main() {
  console.log(`live-session benchmark: ${seconds} s per room, a mark every ~${editEveryMs / 1000} s and cursors at ${presenceHz} Hz per participant, ${os.cpus().length} cores, load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}`);
  const runs: Run[] = [];
  for (const people of sizes) {
    runs.push(await runOnce(people));
    const run = runs.at(-1)!;
    console.log(`room of ${people} done (load average ${os.loadavg()[0].toFixed(1)}; event-loop delay p99: this process ${run.loopDelay.toFixed(0)} ms, the crowd ${run.crowdLoopDelay.toFixed(0)} ms; CPU web ${run.cpu.web.toFixed(0)} %, collab ${run.cpu.collab.toFixed(0)} %, crowd ${run.cpu.crowd.toFixed(0)} %, bench ${run.cpu.bench.toFixed(0)} %)`);
  }
  report(runs);
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
