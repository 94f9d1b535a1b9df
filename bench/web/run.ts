// Web server benchmark (npm run bench:web [-- --seconds 30 --connections 50 --runs 3 --timeout 60 --only process,process-uncached]).
// Starts the production build as `npm start` does, on a free loopback port with a fresh seeded database,
// then loads each route in turn with autocannon, `--runs` times over, and reports per route the medians of
// requests/s and p50/p99 latency, its rate as a share of /api/health's in the same run (this machine's
// ceiling for a Next route: on a shared machine the ratio is the figure that counts), the load average
// while it ran, and the server's resident memory at the start, at its peak, after the load and after a
// full garbage collection.
import { loadRoute, type Route } from './load-route';
import { treeRss, watchPeakRss } from './process-memory';
import { signIn } from './sign-in';
import { seededDatabase, startWebServer } from './web-server';

const args = new Map(process.argv.slice(2).map((arg, i, all) => [arg, all[i + 1]]));
const seconds = Number(args.get('--seconds') ?? 30);
const connections = Number(args.get('--connections') ?? 50);
const runs = Number(args.get('--runs') ?? 3);
// Seconds before a request counts as an error: long enough that a busy shared machine slows answers rather than losing them.
const timeout = Number(args.get('--timeout') ?? 60);
const only = args.get('--only')?.split(',');

type Sample = { rps: number; p50: number; p99: number; ratio: number; cpu: number; cpuRatio: number; load: number; bad: number };

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function firstProposalPath(url: string): Promise<string> {
  const { proposals } = (await (await fetch(`${url}/api/processes/demo/proposals`)).json()) as { proposals: { id: string }[] };
  if (proposals.length === 0) throw new Error('the seeded process has no proposals');
  return `/p/demo/proposals/${proposals[0].id}`;
}

async function main() {
  const databaseUrl = seededDatabase();
  const server = await startWebServer(databaseUrl);
  try {
    const proposal = await firstProposalPath(server.url);
    const citizen = await signIn(server.url, 'citizen@example.org');
    const routes: Route[] = [
      { name: 'health', path: '/api/health' },
      // The floor of any page: a short text page through the same root layout, top bar and proxy.
      { name: 'privacy', path: '/privacy' },
      // Signed out, the page is rendered once a second and reused (server/web/anonymous-page-cache.ts);
      // any cookie but the language's takes it past that cache: the same page, rendered per request.
      { name: 'process', path: '/p/demo' },
      { name: 'process-uncached', path: '/p/demo', cookie: 'bench=1' },
      // As a browser asks for it: compressed for each answer, since each has its own nonce.
      { name: 'process-gzip', path: '/p/demo', headers: { 'accept-encoding': 'gzip' } },
      // Signed in, the page shares one render made without the person, who is read after load (GET /api/me);
      // an unrelated cookie takes it past the cache, rendered with the person per request as before.
      { name: 'process-signed-in', path: '/p/demo', cookie: citizen },
      { name: 'process-signed-in-uncached', path: '/p/demo', cookie: `${citizen}; bench=1` },
      { name: 'me', path: '/api/me', cookie: citizen },
      { name: 'proposal', path: proposal },
      { name: 'proposal-list', path: '/api/processes/demo/proposals' },
      { name: 'export', path: '/api/processes/demo/annotations?format=geojson' },
    ].filter((route) => route.name === 'health' || !only || only.includes(route.name));
    const startHeap = await server.collectGarbage();
    const startRss = treeRss(server.pid);
    console.log(`web server pid ${server.pid} at ${server.url}, RSS ${mb(startRss)}; ${connections} connections, ${seconds} s a route, ${runs} runs`);
    const samples = new Map<string, Sample[]>(routes.map((route) => [route.name, []]));
    const stopWatching = watchPeakRss(server.pid);
    for (let run = 1; run <= runs; run += 1) {
      let health = { rps: 0, cpu: 0 };
      for (const route of routes) {
        const sample = await loadRoute(server.url, route, server.pid, { connections, seconds, timeout });
        if (route.name === 'health') health = sample;
        samples.get(route.name)!.push({ ...sample, ratio: sample.rps / health.rps, cpuRatio: health.cpu / sample.cpu });
        console.log(`run ${run} ${route.name}: ${sample.rps.toFixed(0)} requests/s (${(sample.rps / health.rps).toFixed(2)}× health), p50 ${sample.p50} ms, p99 ${sample.p99} ms, CPU ${sample.cpu.toFixed(1)} ms a request (${(health.cpu / sample.cpu).toFixed(2)}× health's rate), load ${sample.load.toFixed(1)}, RSS ${mb(treeRss(server.pid))}`);
      }
      // Live JavaScript after each run: growing from run to run is a leak; RSS alone also holds what V8 keeps for later.
      console.log(`after run ${run}: V8 heap in use after a full GC ${mb(await server.collectGarbage())}, RSS ${mb(treeRss(server.pid))}`);
    }
    const peakRss = stopWatching();
    const afterRss = treeRss(server.pid);
    const collectedHeap = await server.collectGarbage();
    // A moment for the allocator to hand freed pages back.
    await new Promise((r) => setTimeout(r, 2_000));
    const collectedRss = treeRss(server.pid);

    console.log(`\nMedians of ${runs} runs (${connections} connections, ${seconds} s each):\n`);
    // CPU per request is what the server spends on one answer: the rate a dedicated core would sustain is
    // 1000 / it, so its ratio to health's is the throughput ratio with the other engineers' load taken out.
    console.log('| route | requests/s | p50 | p99 | vs health (same run) | CPU a request | vs health by CPU | load average | non-2xx / errors |');
    console.log('|---|---|---|---|---|---|---|---|---|');
    for (const route of routes) {
      const all = samples.get(route.name)!;
      const m = (key: keyof Sample) => median(all.map((sample) => sample[key]));
      console.log(`| ${route.name} \`${route.path}\` | ${m('rps').toFixed(0)} | ${m('p50')} ms | ${m('p99')} ms | ${m('ratio').toFixed(2)}× | ${m('cpu').toFixed(1)} ms | ${m('cpuRatio').toFixed(2)}× | ${m('load').toFixed(1)} | ${all.reduce((n, s) => n + s.bad, 0)} |`);
    }
    console.log(`\nweb process RSS: ${mb(startRss)} at start (after a full GC), ${mb(peakRss)} at peak, ${mb(afterRss)} after the runs, ${mb(collectedRss)} after a full GC; V8 heap in use after a full GC: ${mb(startHeap)} at start, ${mb(collectedHeap)} after the runs`);
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
