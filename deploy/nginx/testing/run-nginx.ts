// nginx with deploy/nginx/civictwin.conf for a test: the committed file, with the test's loopback ports in
// place of the production ones, inside a minimal main configuration whose logs and temporary files live
// in a throwaway directory (so it runs as any user, beside any other nginx).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const SITE_CONFIG = path.resolve('deploy/nginx/civictwin.conf');

export type Ports = { listen: number; web: [number, number]; collab: [number, number] };
export type RunningNginx = { url: string; port: number; errors: () => string; stop(): Promise<void> };

export const nginxInstalled = () => !spawnSync('nginx', ['-v']).error;

/** The site configuration with `ports` in place of the ones it ships with, each found as often as expected. */
export function siteConfigFor(text: string, ports: Ports): string {
  const replacements: [string, string, number][] = [
    ['listen 80;', `listen 127.0.0.1:${ports.listen};`, 1],
    ['server 127.0.0.1:3000 ', `server 127.0.0.1:${ports.web[0]} `, 1],
    ['server 127.0.0.1:3001 ', `server 127.0.0.1:${ports.web[1]} `, 1],
    ['server 127.0.0.1:1234 ', `server 127.0.0.1:${ports.collab[0]} `, 1],
    ['server 127.0.0.1:1235 ', `server 127.0.0.1:${ports.collab[1]} `, 1],
  ];
  return replacements.reduce((config, [from, to, expected]) => {
    const count = config.split(from).length - 1;
    if (count !== expected) throw new Error(`${SITE_CONFIG}: expected "${from}" ${expected} times, found it ${count} times`);
    return config.replaceAll(from, to);
  }, text);
}

/**
 * `upstreamFrom`: the loopback address nginx connects to the upstreams from, for a test whose own clients
 * come from 127.0.0.1 (a browser cannot choose) and must not count as the trusted proxy.
 */
export async function startNginx(ports: Ports, { upstreamFrom }: { upstreamFrom?: string } = {}): Promise<RunningNginx> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'civictwin-nginx-'));
  // Run as root (CI), nginx's workers switch to an unprivileged user that must write the temporary files.
  fs.chmodSync(dir, 0o755);
  const temp = ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => {
    fs.mkdirSync(path.join(dir, name), { mode: 0o777 });
    fs.chmodSync(path.join(dir, name), 0o777);
    return `${name === 'body' ? 'client_body' : name}_temp_path ${path.join(dir, name)};`;
  });
  fs.writeFileSync(path.join(dir, 'civictwin.conf'), siteConfigFor(fs.readFileSync(SITE_CONFIG, 'utf8'), ports));
  const errorLog = path.join(dir, 'error.log');
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      'worker_processes 2;',
      `pid ${path.join(dir, 'nginx.pid')};`,
      `error_log ${errorLog} warn;`,
      'events { worker_connections 256; }',
      // Compression on for every type, as a site's http block may have it: the event stream must stay plain.
      `http { access_log off; gzip on; gzip_types *; ${temp.join(' ')} ${upstreamFrom ? `proxy_bind ${upstreamFrom};` : ''} include ${path.join(dir, 'civictwin.conf')}; }`,
    ].join('\n'),
  );
  const conf = ['-p', dir, '-e', errorLog, '-c', path.join(dir, 'nginx.conf')];
  const check = spawnSync('nginx', [...conf, '-t'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx refuses the configuration: ${check.stderr}`);
  const child: ChildProcess = spawn('nginx', [...conf, '-g', 'daemon off;'], { stdio: 'ignore' });
  const orphaned = () => child.kill('SIGKILL');
  process.once('exit', orphaned);
  const errors = () => (fs.existsSync(errorLog) ? fs.readFileSync(errorLog, 'utf8') : '');
  const url = `http://127.0.0.1:${ports.listen}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${errors()}`);
    if (await fetch(`${url}/api/health`).then((response) => response.ok, () => false)) break;
    if (Date.now() > deadline) throw new Error(`nginx did not answer in 15 s: ${errors()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    port: ports.listen,
    errors,
    stop: () =>
      new Promise((resolve) => {
        process.off('exit', orphaned);
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => {
          fs.rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
