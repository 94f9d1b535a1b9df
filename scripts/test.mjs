// `npm test`: the type checker and the linter, unit tests (Vitest), then end-to-end tests (Playwright)
// against a production build on a fresh seeded database; ends with one line "N passed, N failed" for all of them
// (the type check and the lint count one each). With TEST_DATABASE_URL=postgresql://… (CI sets it), the
// integration tests run a second time, each file on a fresh PostgreSQL database, and, when nginx and
// redis-server are installed too, the end-to-end suite runs (once, instead of on SQLite) behind nginx:
// two web and two collab processes on one Redis and a fresh PostgreSQL database (e2e/servers.ts).
// E2E_BEHIND_NGINX=1 or 0 chooses the set-up whatever is installed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

import { bin, run } from './run.mjs';
import { loadEnv } from './env.mjs';

const env = loadEnv();
const e2eDatabase = 'file:./data/e2e.db';
fs.mkdirSync('test-results', { recursive: true });

function spawnCounted(command, args, options) {
  console.log(`> ${command} ${args.join(' ')}`);
  return import('node:child_process').then(({ spawnSync }) => spawnSync(command, args, { stdio: 'inherit', ...options }).status);
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const checked = (exit) => (exit === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
const types = checked(await spawnCounted(bin('tsc'), ['--noEmit'], { env }));
const lint = checked(await spawnCounted(bin('eslint'), ['.'], { env }));

const postgresqlServer = /^postgres(ql)?:\/\//.test(env.TEST_DATABASE_URL ?? '') ? env.TEST_DATABASE_URL : null;
const sqliteEnv = { ...env };
delete sqliteEnv.TEST_DATABASE_URL;

async function vitestRun(args, runEnv, report) {
  fs.rmSync(report, { force: true });
  await spawnCounted(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args], { env: runEnv });
  const result = readJson(report);
  return { passed: result?.numPassedTests ?? 0, failed: result ? result.numFailedTests + (result.numRuntimeErrorSuites ?? 0) : 1 };
}

const unit = await vitestRun([], sqliteEnv, 'test-results/vitest.json');

// Integration test files that do not run on PostgreSQL yet, each with the reason; they still run on SQLite.
// Empty today: every file runs on both.
const notYetOnPostgresql = {};
let postgresql = null;
if (postgresqlServer) {
  for (const [file, reason] of Object.entries(notYetOnPostgresql)) console.log(`not run on PostgreSQL: ${file} (${reason})`);
  const exclude = Object.keys(notYetOnPostgresql).flatMap((file) => ['--exclude', file]);
  const started = Date.now();
  postgresql = await vitestRun(['.integration.test.', ...exclude], { ...env, TEST_DATABASE_URL: postgresqlServer }, 'test-results/vitest-postgresql.json');
  console.log(`integration tests on PostgreSQL took ${Math.round((Date.now() - started) / 1000)} s`);
} else {
  console.log('integration tests on PostgreSQL not run: set TEST_DATABASE_URL=postgresql://… (CI does)');
}

const installed = (command, versionFlag) => !spawnSync(command, [versionFlag]).error;
const canRunBehindNginx = Boolean(postgresqlServer) && installed('nginx', '-v') && installed('redis-server', '--version');
const behindNginx = env.E2E_BEHIND_NGINX ? env.E2E_BEHIND_NGINX === '1' : canRunBehindNginx;
let e2eEnv;
let e2eSetUp;
if (behindNginx) {
  // e2e/behind-nginx.ts makes the database (civictwin_e2e on TEST_DATABASE_URL's server) fresh and seeds it.
  e2eEnv = { ...env, E2E_BEHIND_NGINX: '1' };
  const onPostgresql = /^postgres(ql)?:\/\//.test(env.E2E_DATABASE_URL ?? postgresqlServer ?? '');
  e2eSetUp = `behind nginx (2 web and 2 collab processes, one Redis) on ${onPostgresql ? 'PostgreSQL' : 'SQLite'}`;
} else {
  fs.rmSync('data/e2e.db', { force: true });
  e2eEnv = { ...env, E2E_BEHIND_NGINX: '0', DATABASE_URL: e2eDatabase, E2E_DATABASE_URL: e2eDatabase };
  run(bin('prisma'), ['migrate', 'deploy'], { env: e2eEnv });
  run(bin('tsx'), ['prisma/seed.ts'], { env: e2eEnv });
  e2eSetUp = 'one web and one collab process on SQLite';
}
run(bin('next'), ['build'], { env: e2eEnv });

console.log(`end-to-end set-up: ${e2eSetUp}`);
if (!behindNginx && !canRunBehindNginx) console.log('(CI runs it behind nginx on PostgreSQL: that needs TEST_DATABASE_URL=postgresql://…, nginx and redis-server)');
fs.rmSync('test-results/playwright.json', { force: true });
const e2eStarted = Date.now();
const playwrightExit = await spawnCounted(bin('playwright'), ['test'], { env: e2eEnv });
console.log(`end-to-end tests ${e2eSetUp} took ${Math.round((Date.now() - e2eStarted) / 1000)} s`);
const stats = readJson('test-results/playwright.json')?.stats;
const e2e = stats
  ? { passed: stats.expected + stats.flaky, failed: stats.unexpected }
  : { passed: 0, failed: playwrightExit === 0 ? 0 : 1 };

// deploy/nginx/civictwin.conf in front of two web processes (this build) and two collab servers on one
// Redis; on PostgreSQL when TEST_DATABASE_URL says so. Skipped, saying why, without nginx or redis-server.
const nginxStarted = Date.now();
const nginx = await vitestRun(['--config', 'deploy/vitest.config.mts'], env, 'test-results/vitest-nginx.json');
console.log(`nginx test took ${Math.round((Date.now() - nginxStarted) / 1000)} s`);

const counts = { types, lint, unit, ...(postgresql ? { 'integration on PostgreSQL': postgresql } : {}), [`end-to-end ${e2eSetUp}`]: e2e, 'nginx integration': nginx };
const passed = Object.values(counts).reduce((sum, count) => sum + count.passed, 0);
const failed = Object.values(counts).reduce((sum, count) => sum + count.failed, 0);
console.log(`\n${Object.entries(counts).map(([name, count]) => `${name}: ${count.passed} passed, ${count.failed} failed`).join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
