// The built web app on a free loopback port with a fresh seeded database, for the benchmark.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export type WebServer = { url: string; pid: number; child: ChildProcess; stop: () => Promise<void> };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
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
 * Builds when there is no production build, then runs the server as a direct child so its pid is the
 * server's: bare `next start`, or (`entry: 'main'`) our production server as `npm start` runs it.
 */
export async function startWebServer(databaseUrl: string, { entry = 'next' }: { entry?: 'next' | 'main' } = {}): Promise<WebServer> {
  if (!fs.existsSync('.next/BUILD_ID')) execFileSync(path.resolve('node_modules/.bin/next'), ['build'], { stdio: 'inherit' });
  const port = await freePort();
  const command = entry === 'main' ? ['--import', 'tsx', 'server/web/main.ts'] : ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)];
  const child = spawn(process.execPath, command, {
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
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, pid: child.pid!, child, stop };
}
