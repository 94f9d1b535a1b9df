// Tests that need Redis start their own redis-server on a free loopback port (no data on disk).
// Missing redis-server is a failure with a clear message, never a silent skip.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

import { freePort } from '@/server/testing/free-port';

export type RunningRedis = { url: string; port: number; child: ChildProcess; stop(): Promise<void> };

/** On `port` (a benchmark's fixed one) or on a free one. */
export async function startRedis(port?: number): Promise<RunningRedis> {
  if (spawnSync('redis-server', ['--version']).error) {
    throw new Error('redis-server is not installed: these tests need it (Debian: apt-get install -y redis-server; .ci/run installs it).');
  }
  const listen = port ?? (await freePort());
  const child = spawn('redis-server', ['--port', String(listen), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  // A test that times out before its afterAll must not leave a redis-server behind.
  const orphaned = () => child.kill('SIGKILL');
  process.once('exit', orphaned);
  child.once('exit', () => process.off('exit', orphaned));
  const output: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start: ${output.join('')}`)), 10_000);
    child.stdout!.on('data', (chunk) => {
      output.push(String(chunk));
      if (/Ready to accept connections/.test(output.join(''))) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output.join('')}`)));
  });
  return {
    url: `redis://127.0.0.1:${listen}`,
    port: listen,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
