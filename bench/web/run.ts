// Web server benchmark (npm run bench:web [-- --seconds 30 --connections 50 --only process,health]).
// Starts the production build on a free loopback port with a fresh seeded database, then loads each
// route in turn with autocannon and reports requests/s, p50/p99 latency, the server's resident memory
// and each route's rate as a share of /api/health's, this machine's ceiling for a Next route.
import autocannon from 'autocannon';

import { treeRss, watchPeakRss } from './process-memory';
import { signIn } from './sign-in';
import { seededDatabase, startWebServer } from './web-server';

const args = new Map(process.argv.slice(2).map((arg, i, all) => [arg, all[i + 1]]));
const seconds = Number(args.get('--seconds') ?? 30);
const connections = Number(args.get('--connections') ?? 50);
const only = args.get('--only')?.split(',');

type Route = { name: string; path: string; cookie?: string };
type Row = Route & { rps: number; p50: number; p99: number; non2xx: number; errors: number; rssBefore: number; rssPeak: number; rssAfter: number };

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

async function firstProposalPath(url: string): Promise<string> {
  const { proposals } = (await (await fetch(`${url}/api/processes/demo/proposals`)).json()) as { proposals: { id: string }[] };
  if (proposals.length === 0) throw new Error('the seeded process has no proposals');
  return `/p/demo/proposals/${proposals[0].id}`;
}

async function load(url: string, route: Route, pid: number, duration: number): Promise<Row> {
  const headers = route.cookie ? { cookie: route.cookie } : undefined;
  // A short warm-up, so the first compilation of a route's code is not counted.
  await autocannon({ url: url + route.path, connections: 4, duration: 2, headers });
  const rssBefore = treeRss(pid);
  const stopWatching = watchPeakRss(pid);
  const result = await autocannon({ url: url + route.path, connections, duration, headers });
  const rssPeak = stopWatching();
  return { ...route, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors + result.timeouts, rssBefore, rssPeak, rssAfter: treeRss(pid) };
}

function print(rows: Row[]) {
  const health = rows.find((row) => row.name === 'health');
  console.log(`\n| route | requests/s | p50 | p99 | vs health | RSS before → peak → after | non-2xx / errors |`);
  console.log('|---|---|---|---|---|---|---|');
  for (const row of rows) {
    const ratio = health ? `${(row.rps / health.rps).toFixed(2)}×` : '–';
    console.log(`| ${row.name} \`${row.path}\` | ${row.rps.toFixed(0)} | ${row.p50} ms | ${row.p99} ms | ${ratio} | ${mb(row.rssBefore)} → ${mb(row.rssPeak)} → ${mb(row.rssAfter)} | ${row.non2xx} / ${row.errors} |`);
  }
}

async function main() {
  const databaseUrl = seededDatabase();
  const server = await startWebServer(databaseUrl);
  try {
    const proposal = await firstProposalPath(server.url);
    const citizen = await signIn(server.url, 'citizen@example.org');
    const routes: Route[] = [
      { name: 'health', path: '/api/health' },
      { name: 'process', path: '/p/demo' },
      { name: 'process-signed-in', path: '/p/demo', cookie: citizen },
      { name: 'proposal', path: proposal },
      { name: 'proposal-list', path: '/api/processes/demo/proposals' },
      { name: 'export', path: '/api/processes/demo/annotations?format=geojson' },
    ].filter((route) => !only || only.includes(route.name));
    const startRss = treeRss(server.pid);
    console.log(`web server pid ${server.pid} at ${server.url}, RSS ${mb(startRss)}; ${connections} connections, ${seconds} s a route`);
    const rows: Row[] = [];
    for (const route of routes) {
      rows.push(await load(server.url, route, server.pid, seconds));
      const row = rows.at(-1)!;
      console.log(`${route.name}: ${row.rps.toFixed(0)} requests/s, p50 ${row.p50} ms, p99 ${row.p99} ms, RSS ${mb(row.rssBefore)} → ${mb(row.rssAfter)}`);
    }
    // Memory once the load is over: a leak keeps it high; a cache that is bounded settles.
    await new Promise((r) => setTimeout(r, 5_000));
    print(rows);
    console.log(`\nweb process RSS: ${mb(startRss)} at start, ${mb(Math.max(...rows.map((r) => r.rssPeak)))} at peak, ${mb(treeRss(server.pid))} 5 s after the run`);
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
