// A fresh database for the end-to-end suite, migrated (`npm run db:migrate`'s script) and seeded with the demo
// (prisma/seed.ts): a SQLite file removed and made again, or a PostgreSQL database dropped and created again
// on its server (whose own `postgres` database is used to do so).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { Client } from 'pg';

import { databaseDialect, sqliteFile } from '@/lib/database-url';

async function recreatePostgresqlDatabase(url: string) {
  const name = new URL(url).pathname.slice(1);
  if (!/^\w+$/.test(name)) throw new Error(`e2e database: expected a plain database name, got "${name}"`);
  const server = new URL(url);
  server.pathname = '/postgres';
  const client = new Client({ connectionString: server.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

export async function prepareE2eDatabase(url: string): Promise<void> {
  if (databaseDialect(url) === 'sqlite') {
    const file = sqliteFile(url);
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
    fs.mkdirSync(path.dirname(file), { recursive: true });
  } else {
    await recreatePostgresqlDatabase(url);
  }
  const env = { ...process.env, DATABASE_URL: url };
  const tsx = path.resolve('node_modules/.bin/tsx');
  execFileSync(tsx, ['scripts/db-migrate.ts'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync(tsx, ['prisma/seed.ts'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
}
