// The web server on PostgreSQL against SQLite (npm run bench:web-databases -- --postgresql postgresql://user@127.0.0.1:5640/postgres
// [--seconds 15 --connections 10 --runs 3 --timeout 60 --ports 3642,3643]). The URL names a PostgreSQL server the
// benchmark may create a database on (it never touches the named database's tables). Both web servers run the
// same production build with the same demo seed, one on a fresh SQLite file and one on a fresh PostgreSQL
// database; each run loads /api/health, the process page and the GeoJSON export on one then the other, in
// alternating order, so both see the same machine. CPU a request counts the web process and, on PostgreSQL,
// the database backends serving it (their CPU from /proc, by the pids pg_stat_activity lists).
import fs from 'node:fs';
import os from 'node:os';

import { Client } from 'pg';


import { loadRoute, type Route } from './load-route';
import { cpuMs } from './process-memory';
import { seededDatabase, seededPostgresql, startWebServer, type WebServer } from './web-server';

const args = new Map(process.argv.slice(2).map((arg, i, all) => [arg, all[i + 1]]));
const postgresqlServer = args.get('--postgresql') ?? process.env.BENCH_POSTGRESQL_URL;
const seconds = Number(args.get('--seconds') ?? 15);
const connections = Number(args.get('--connections') ?? 10);
const runs = Number(args.get('--runs') ?? 3);
const timeout = Number(args.get('--timeout') ?? 60);
const ports = (args.get('--ports') ?? '0,0').split(',').map(Number);

const routes: Route[] = [
  { name: 'health', path: '/api/health' },
  { name: 'process page', path: '/p/demo' },
  { name: 'annotation export', path: '/api/processes/demo/annotations?format=geojson' },
];

type Sample = { rps: number; p50: number; p99: number; cpu: number; databaseCpu: number; load: number; bad: number };
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** CPU milliseconds the database's backends have used so far (the benchmark's own connection included: it idles). */
function backendsCpu(client: Client): () => Promise<number> {
  // A backend that has ended keeps the last CPU time read for it, so the sum never goes back.
  const lastSeen = new Map<number, number>();
  return async () => {
    const { rows } = await client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database()');
    for (const { pid } of rows) if (!lastSeen.has(pid)) lastSeen.set(pid, 0);
    for (const pid of lastSeen.keys()) if (fs.existsSync(`/proc/${pid}`)) lastSeen.set(pid, Math.max(lastSeen.get(pid)!, cpuMs(pid)));
    return [...lastSeen.values()].reduce((sum, ms) => sum + ms, 0);
  };
}

async function main() {
  if (!postgresqlServer) throw new Error('give a PostgreSQL server: --postgresql postgresql://user@127.0.0.1:5640/postgres (or BENCH_POSTGRESQL_URL)');
  const sqliteUrl = seededDatabase();
  const postgresqlUrl = await seededPostgresql(postgresqlServer);
  const client = new Client({ connectionString: postgresqlUrl });
  await client.connect();
  const setups: { name: string; server: WebServer; databaseCpu: () => Promise<number> }[] = [];
  try {
    setups.push({ name: 'SQLite', server: await startWebServer(sqliteUrl, { port: ports[0] || undefined }), databaseCpu: async () => 0 });
    setups.push({ name: 'PostgreSQL', server: await startWebServer(postgresqlUrl, { port: ports[1] || undefined }), databaseCpu: backendsCpu(client) });
    console.log(`web server on SQLite and on PostgreSQL, same build and seed; ${connections} connections, ${seconds} s a route, ${runs} runs, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)}`);
    const samples = new Map<string, Sample[]>();
    for (let run = 1; run <= runs; run += 1) {
      for (const setup of run % 2 === 1 ? setups : [...setups].reverse()) {
        for (const route of routes) {
          const sample = await loadRoute(setup.server.url, route, setup.server.pid, { connections, seconds, timeout }, setup.databaseCpu);
          const key = `${route.name}|${setup.name}`;
          samples.set(key, [...(samples.get(key) ?? []), { ...sample, databaseCpu: sample.extraCpu }]);
          console.log(`run ${run} ${setup.name} ${route.name}: ${sample.rps.toFixed(0)} requests/s, p50 ${sample.p50} ms, p99 ${sample.p99} ms, CPU ${sample.cpu.toFixed(1)} ms a request + database ${sample.extraCpu.toFixed(1)} ms, load ${sample.load.toFixed(1)}`);
        }
      }
    }
    console.log(`\nMedians of ${runs} runs (${connections} connections, ${seconds} s a route):\n`);
    console.log('| route | database | requests/s | p50 | p99 | PostgreSQL vs SQLite (rate) | CPU a request: web + database | PostgreSQL vs SQLite (CPU) | load average | non-2xx / errors |');
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    for (const route of routes) {
      const m = (database: string, key: keyof Sample) => median(samples.get(`${route.name}|${database}`)!.map((sample) => sample[key]));
      for (const { name } of setups) {
        const total = (database: string) => m(database, 'cpu') + m(database, 'databaseCpu');
        const rate = name === 'SQLite' ? '1×' : `${(m('PostgreSQL', 'rps') / m('SQLite', 'rps')).toFixed(2)}×`;
        const cpu = name === 'SQLite' ? '1×' : `${(total('PostgreSQL') / total('SQLite')).toFixed(2)}×`;
        const bad = samples.get(`${route.name}|${name}`)!.reduce((n, sample) => n + sample.bad, 0);
        console.log(`| ${route.name} \`${route.path}\` | ${name} | ${m(name, 'rps').toFixed(0)} | ${m(name, 'p50')} ms | ${m(name, 'p99')} ms | ${rate} | ${m(name, 'cpu').toFixed(1)} + ${m(name, 'databaseCpu').toFixed(1)} ms | ${cpu} | ${m(name, 'load').toFixed(1)} | ${bad} |`);
      }
    }
  } finally {
    await Promise.all(setups.map(({ server }) => server.stop()));
    await client.query('SELECT 1').then(() => client.end());
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
