// The database an integration test file runs on: a fresh SQLite file migrated by Prisma, or, when
// TEST_DATABASE_URL is a postgresql:// URL, a fresh PostgreSQL database copied from a migrated template.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const testsOnPostgresql = () => /^postgres(ql)?:\/\//.test(process.env.TEST_DATABASE_URL ?? '');

export function prepareTestDatabase(): string {
  if (testsOnPostgresql()) {
    return execFileSync(process.execPath, ['--import', 'tsx', path.resolve('server/database/testing/create-postgresql-database.ts')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'civictwin-collab-'));
  const url = `file:${path.join(dir, 'test.db')}`;
  execFileSync(path.resolve('node_modules/.bin/prisma'), ['migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: url }, stdio: 'ignore' });
  return url;
}
