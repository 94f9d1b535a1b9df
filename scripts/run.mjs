// Small process helpers for the demo and test scripts.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const bin = (name) => path.join('node_modules', '.bin', name);

export function run(command, args, options = {}) {
  console.log(`> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`"${command} ${args.join(' ')}" failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

export function start(command, args, options = {}) {
  return spawn(command, args, { stdio: 'inherit', ...options });
}

/** Installs the npm packages when node_modules is missing or older than the lock file. */
export function ensureDependencies() {
  const marker = 'node_modules/.package-lock.json';
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= fs.statSync('package-lock.json').mtimeMs) return;
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

function newestMtime(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((child) => newestMtime(path.join(entry, child))));
}

/** True when the production build is older than any source it is made from. */
export function buildIsStale() {
  const built = newestMtime('.next/BUILD_ID');
  const sources = ['app', 'components', 'lib', 'server/auth', 'server/domain', 'server/http', 'server/i18n', 'server/db.ts', 'package-lock.json', 'next.config.mjs'];
  return built === 0 || sources.some((source) => newestMtime(source) > built);
}
