// The end-to-end suite's servers with E2E_BEHIND_NGINX=1 (playwright.config.ts starts this as its one web
// server): a fresh seeded database, one Redis, two collab servers, two web processes of the production
// build, and nginx with deploy/nginx/civictwin.conf in front of them on the browser's port. Runs until
// Playwright sends SIGTERM (to the whole process group), then stops them all.
import { spawn, type ChildProcess } from 'node:child_process';

import { nginxInstalled, startNginx, type RunningNginx } from '@/deploy/nginx/testing/run-nginx';
import { startRedis, type RunningRedis } from '@/server/signals/testing/redis-server';

import { prepareE2eDatabase } from './database';
import { NGINX_UPSTREAM_ADDRESS, databaseUrl, ports, serverEnv, setUpName } from './servers';

type Server = { name: string; child: ChildProcess };

const say = (line: string) => process.stderr.write(`[behind nginx] ${line}\n`);

/** A server process (node itself, not tsx's wrapper, so a signal reaches it), ready once `healthUrl` answers. */
async function startServer(name: string, entry: string, env: Record<string, string>, healthUrl: string): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { env: { ...serverEnv, ...env } as NodeJS.ProcessEnv, stdio: ['ignore', 'ignore', 'pipe'] });
  // Its errors reach Playwright's output, each line named after the server it came from.
  child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(String(chunk).replace(/^(?=.)/gm, `[${name}] `)));
  child.once('exit', (code, signal) => {
    if (!stopping) say(`${name} exited (${signal ?? code}) while the suite ran`);
  });
  const deadline = Date.now() + 120_000;
  while (!(await fetch(healthUrl).then((response) => response.ok, () => false))) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}) before it answered ${healthUrl}`);
    if (Date.now() > deadline) throw new Error(`${name} did not answer ${healthUrl} in 120 s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { name, child };
}

function stopServer({ child }: Server): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

let stopping = false;
const servers: Server[] = [];
let redis: RunningRedis | undefined;
let nginx: RunningNginx | undefined;

async function stopAll() {
  stopping = true;
  await nginx?.stop();
  await Promise.all(servers.map(stopServer));
  await redis?.stop();
}

async function main() {
  if (!nginxInstalled()) throw new Error('E2E_BEHIND_NGINX=1 needs nginx (apt-get install -y nginx)');
  const started = Date.now();
  await prepareE2eDatabase(databaseUrl);
  redis = await startRedis(ports.redis);
  const shared = { REDIS_URL: redis.url };
  const [collabA, collabB] = ports.collab;
  const [webA, webB] = ports.web;
  const collab = (port: number, index: number) => startServer(`collab ${index + 1}`, 'server/collab/main.ts', { ...shared, COLLAB_PORT: String(port) }, `http://127.0.0.1:${port}/health`);
  const web = (port: number, index: number) => startServer(`web ${index + 1}`, 'server/web/main.ts', { ...shared, PORT: String(port), NODE_ENV: 'production' }, `http://127.0.0.1:${port}/api/health`);
  // Each kept as it starts, so a failure still stops the others.
  const keep = (server: Promise<Server>) => server.then((running) => void servers.push(running));
  await Promise.all([collab(collabA, 0), collab(collabB, 1)].map(keep));
  await Promise.all([web(webA, 0), web(webB, 1)].map(keep));
  nginx = await startNginx({ listen: ports.browser, web: [webA, webB], collab: [collabA, collabB] }, { upstreamFrom: NGINX_UPSTREAM_ADDRESS });
  say(`${setUpName}: ready on ${nginx.url} in ${Math.round((Date.now() - started) / 1000)} s`);
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => void stopAll().then(() => process.exit(0)));
}

main().catch(async (error: Error) => {
  say(`could not start: ${error.message}`);
  await stopAll();
  process.exit(1);
});
