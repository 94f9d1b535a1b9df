// `npm run db:new-migration -- <what>`: the migrations for both databases from the difference between the
// schema on main (or `--base <ref>`) and prisma/schema.prisma, in two folders with one timestamp:
// prisma/migrations/<ts>_<what> (SQLite) and prisma/migrations-postgresql/<ts>_<what>. Prisma diffs a
// PostgreSQL schema only with a server to talk to: set TEST_DATABASE_URL=postgresql://… (nothing is written to it).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { postgresqlSchema, SOURCE, TARGET } from './postgresql-schema.mjs';
import { bin } from './run.mjs';

const args = process.argv.slice(2);
const base = args.includes('--base') ? args[args.indexOf('--base') + 1] : 'main';
const what = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--base');
const server = process.env.TEST_DATABASE_URL ?? '';
if (!what || !/^[a-z0-9_]+$/.test(what)) throw new Error('usage: npm run db:new-migration -- <what, in snake_case> [--base <git ref>]');
if (!/^postgres(ql)?:\/\//.test(server)) throw new Error('set TEST_DATABASE_URL=postgresql://… (a PostgreSQL server Prisma can diff against)');

const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'civictwin-migration-'));
const old = execFileSync('git', ['show', `${base}:prisma/schema.prisma`], { encoding: 'utf8' });
fs.writeFileSync(TARGET, postgresqlSchema(fs.readFileSync(SOURCE, 'utf8')));

const targets = [
  { folder: 'prisma/migrations', from: old, to: SOURCE, url: 'file:./data/civictwin.db' },
  { folder: 'prisma/migrations-postgresql', from: postgresqlSchema(old), to: TARGET, url: server },
];
for (const { folder, from, to, url } of targets) {
  const fromFile = path.join(temp, `${path.basename(folder)}.prisma`);
  fs.writeFileSync(fromFile, from);
  const script = execFileSync(bin('prisma'), ['migrate', 'diff', '--from-schema-datamodel', fromFile, '--to-schema-datamodel', to, '--script'], {
    encoding: 'utf8', env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  fs.mkdirSync(path.join(folder, `${stamp}_${what}`), { recursive: true });
  fs.writeFileSync(path.join(folder, `${stamp}_${what}`, 'migration.sql'), script);
  console.log(`wrote ${folder}/${stamp}_${what}/migration.sql`);
}
fs.rmSync(temp, { recursive: true, force: true });
