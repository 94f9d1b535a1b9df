// Sign-in hashing benchmark (npm run bench:signin [-- --parallel 16 --runs 3]). Checks `parallel` wrong
// passwords at once, as a burst of failed sign-ins would, while a small HTTP server in the same process
// answers a cheap request every 20 ms; reports how long that request waited and the longest
// event-loop stall, for bcryptjs (what we used before) and for server/auth/password.ts (native, off-thread).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';

import bcryptjs from 'bcryptjs';

import { TIMING_DECOY_HASH, verifyPassword } from '@/server/auth/password';

const args = new Map(process.argv.slice(2).map((arg, i, all) => [arg, all[i + 1]]));
const parallel = Number(args.get('--parallel') ?? 16);
const runs = Number(args.get('--runs') ?? 3);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value: number) => `${Math.round(value)} ms`;

async function burst(verify: (password: string, hash: string) => Promise<boolean>, port: number) {
  const latencies: number[] = [];
  let done = false;
  const probe = (async () => {
    while (!done) {
      const started = performance.now();
      await fetch(`http://127.0.0.1:${port}/`).then((response) => response.text());
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const started = performance.now();
  await Promise.all(Array.from({ length: parallel }, (_, i) => verify(`wrong password ${i}`, TIMING_DECOY_HASH)));
  const total = performance.now() - started;
  delay.disable();
  done = true;
  await probe;
  return { total, stall: delay.max / 1e6, worstProbe: Math.max(...latencies), medianProbe: median(latencies) };
}

async function main() {
  const server = http.createServer((_, response) => response.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  console.log(`${parallel} wrong sign-ins at once, median of ${runs} runs (a cheap request every 20 ms alongside):`);
  for (const [name, verify] of [
    ['bcryptjs (before)', (password: string, hash: string) => bcryptjs.compare(password, hash)],
    ['native bcrypt off-thread (now)', verifyPassword],
  ] as const) {
    const results: Awaited<ReturnType<typeof burst>>[] = [];
    for (let run = 0; run < runs; run += 1) results.push(await burst(verify, port));
    const pick = (key: keyof (typeof results)[number]) => median(results.map((result) => result[key]));
    console.log(
      `  ${name.padEnd(34)} all checked in ${ms(pick('total'))}; longest event-loop stall ${ms(pick('stall'))}; cheap request: median ${ms(pick('medianProbe'))}, worst ${ms(pick('worstProbe'))}`,
    );
  }
  server.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
