// Flood benchmark (npm run bench:flood [-- --marks 3000 --refused 200 --big 1000]): a bystander
// changes their mark every 25 ms while an observer times each change's round trip through the
// server, in a room of N marks, in three phases of the same run: nobody else (the baseline), one
// person sending refused changes (each on its own connection, as a refusal ends it), and one
// facilitator's accepted change of many marks at once. The server runs in its own process.
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { WebSocket } from 'ws';
import * as Y from 'yjs';

import { addAnnotation, annotationsMap, updateAnnotation } from '@/lib/collab/annotation';
import { updateMessage } from '@/server/collab/protocol';
import { markBy } from '@/server/collab/testing/fixture';
import { connect, synced } from '@/server/collab/testing/harness';
import { person, ROOM } from '@/server/collab/testing/in-process';

const args = new Map(process.argv.slice(2).map((arg, i, all) => [arg, all[i + 1]]));
const marks = Number(args.get('--marks') ?? 3000);
const refused = Number(args.get('--refused') ?? 200);
const big = Number(args.get('--big') ?? 1000);
const sam = person('sam', 'Sam', 'citizen');

const cpuSeconds = (pid: number) => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const child: ChildProcess = fork(path.resolve('bench/collab/flood-server.ts'), [String(marks)], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, COLLAB_MARKS_PER_UPDATE: String(Math.max(big, 100)) },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve) => child.stdout!.on('data', (chunk) => String(chunk).match(/port (\d+)/) && resolve(Number(String(chunk).match(/port (\d+)/)![1]))));
  const url = (who: string) => `ws://localhost:${port}/${encodeURIComponent(ROOM)}?token=${who}`;

  const bystander = connect(port, ROOM, 'sam');
  const observer = connect(port, ROOM, 'fran');
  await Promise.all([synced(bystander, 60_000), synced(observer, 60_000)]);
  const own = markBy(sam, { text: 't=0' });
  addAnnotation(bystander.doc, own);
  let latencies: number[] = [];
  annotationsMap(observer.doc).observeDeep(() => {
    const stamp = String(annotationsMap(observer.doc).get(own.id)?.get('text')).match(/^t=(\d+)$/);
    if (stamp && Number(stamp[1]) > 0) latencies.push(Date.now() - Number(stamp[1]));
  });
  await pause(500);

  const phase = async (during: () => Promise<void>) => {
    latencies = [];
    const cpuBefore = cpuSeconds(child.pid!);
    const started = performance.now();
    let running = true;
    const pace = (async () => {
      while (running) {
        updateAnnotation(bystander.doc, own.id, { text: `t=${Date.now()}` });
        await pause(25);
      }
    })();
    await during();
    await pause(300);
    running = false;
    await pace;
    await pause(300);
    const sorted = [...latencies].sort((a, b) => a - b);
    return { median: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? Number.NaN, samples: sorted.length, seconds: (performance.now() - started) / 1000, cpu: cpuSeconds(child.pid!) - cpuBefore };
  };

  const baseline = await phase(async () => {
    await pause(3000);
  });

  // The attackers are in the room before the flood starts; five refused changes every 50 ms.
  const attackers = await Promise.all(
    Array.from({ length: refused }, async () => {
      const socket = new WebSocket(url('kim'));
      const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
      socket.on('error', () => undefined);
      await new Promise((resolve) => socket.once('open', resolve));
      const forged = new Y.Doc();
      addAnnotation(forged, markBy(sam)); // signed with someone else's name: refused whatever the room holds
      return { send: () => socket.send(updateMessage(Y.encodeStateAsUpdate(forged))), closed };
    }),
  );
  let refusedCount = 0;
  const flood = await phase(async () => {
    for (let wave = 0; wave < attackers.length; wave += 5) {
      for (const attacker of attackers.slice(wave, wave + 5)) attacker.send();
      await pause(50);
    }
    refusedCount = (await Promise.all(attackers.map(({ closed }) => closed))).filter((code) => code === 4403).length;
  });

  const facilitator = connect(port, ROOM, 'fran');
  await synced(facilitator, 60_000);
  const bigChange = await phase(async () => {
    await pause(500);
    facilitator.doc.transact(() => {
      for (let i = 0; i < big; i += 1) addAnnotation(facilitator.doc, markBy(person('fran', 'Fran', 'facilitator'), { geometry: { type: 'Point', coordinates: [-0.1, 51.52] } }));
    });
    await pause(2000);
  });

  const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '–');
  console.log(`collab flood benchmark: a room of ${marks} marks; a bystander's change every 25 ms, timed from their client to another's\n`);
  console.log('| phase | round trip median | p95 | max | p95 vs baseline | samples | server CPU |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [name, result] of [
    ['nobody else (baseline)', baseline],
    [`${refused} refused changes (${refusedCount} refused)`, flood],
    [`one accepted change of ${big} marks`, bigChange],
  ] as const) {
    console.log(`| ${name} | ${fmt(result.median)} ms | ${fmt(result.p95)} ms | ${fmt(result.max)} ms | ${(result.p95 / baseline.p95).toPrecision(2)}× | ${result.samples} in ${result.seconds.toFixed(1)} s | ${result.cpu.toFixed(2)} s |`);
  }
  for (const client of [bystander, observer, facilitator]) client.provider.destroy();
  child.kill('SIGKILL');
  process.exit(0);
}

void main();
