// The built web app on a free loopback port with a fresh seeded database, for the benchmark.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import WebSocket from 'ws';

import { createMigratedDatabase } from '@/server/database/testing/postgresql-database';
import { freePort } from '@/server/testing/free-port';

export type WebServer = { url: string; pid: number; child: ChildProcess; inspector: string | undefined; output: string[]; collectGarbage: () => Promise<number>; stop: () => Promise<void> };


/** A fresh PostgreSQL database on that server with the migrations and the same demo seed as the SQLite one. */
export async function seededPostgresql(serverUrl: string): Promise<string> {
  const url = await createMigratedDatabase(serverUrl);
  execFileSync(path.resolve('node_modules/.bin/tsx'), ['prisma/seed.ts'], { env: { ...process.env, DATABASE_URL: url }, stdio: 'ignore' });
  return url;
}

/** A throwaway SQLite file with the migrations and the demo seed (process "demo", its proposals and marks). */
export function seededDatabase(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'civictwin-web-bench-'));
  const url = `file:${path.join(dir, 'bench.db')}`;
  const env = { ...process.env, DATABASE_URL: url };
  execFileSync(path.resolve('node_modules/.bin/prisma'), ['migrate', 'deploy'], { env, stdio: 'ignore' });
  execFileSync(path.resolve('node_modules/.bin/tsx'), ['prisma/seed.ts'], { env, stdio: 'ignore' });
  return url;
}

/**
 * Builds when there is no production build, then starts the web server as a direct child so its pid is the
 * server's: as `npm start` does (`entry: 'main'`, the default: server/web/main.ts, Next behind our Node server,
 * loaded through tsx in one process), or a bare `next start`; with an inspector on a free loopback port so the
 * benchmark can ask for a full garbage collection.
 */
export async function startWebServer(databaseUrl: string, { entry = 'main', port: wanted }: { entry?: 'next' | 'main'; port?: number } = {}): Promise<WebServer> {
  if (!fs.existsSync('.next/BUILD_ID')) execFileSync(path.resolve('node_modules/.bin/next'), ['build'], { stdio: 'inherit' });
  const port = wanted ?? (await freePort());
  const command = entry === 'main' ? ['--import', 'tsx', 'server/web/main.ts'] : ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)];
  const child = spawn(process.execPath, ['--inspect=127.0.0.1:0', ...command], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', AUTH_SECRET: process.env.AUTH_SECRET ?? 'web-bench-secret-0123456789abcdef' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout!.on('data', (chunk) => output.push(String(chunk)));
  child.stderr!.on('data', (chunk) => output.push(String(chunk)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the web server exited: ${output.join('')}`);
    if (Date.now() > deadline) throw new Error(`the web server did not answer in 60 s: ${output.join('')}`);
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  const inspector = output.join('').match(/ws:\/\/127\.0\.0\.1:\d+\/[\w-]+/)?.[0];
  const collectGarbage = () => (inspector ? fullCollection(inspector) : Promise.reject(new Error('no inspector address in the server output')));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, pid: child.pid!, child, inspector, output, collectGarbage, stop };
}

/**
 * A full collection in the server, through its inspector (HeapProfiler.collectGarbage); resolves to the bytes
 * the JavaScript heap still uses after it (what is alive: a leak grows this, V8 keeping freed pages grows only RSS).
 */
function fullCollection(inspector: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(inspector);
    socket.once('error', reject);
    socket.once('open', () => socket.send(JSON.stringify({ id: 1, method: 'HeapProfiler.collectGarbage' })));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: number; result?: { usedSize: number } };
      if (message.id === 1) socket.send(JSON.stringify({ id: 2, method: 'Runtime.getHeapUsage' }));
      if (message.id !== 2) return;
      socket.close();
      resolve(message.result!.usedSize);
    });
  });
}
