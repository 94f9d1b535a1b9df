import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { Client } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';

import { migratePostgresql } from './migrate-postgresql';
import { checksum, MIGRATION_FOLDERS, migrationFiles } from './migration-files';
import { createEmptyDatabase, dropDatabase } from './testing/postgresql-database';
import { testsOnPostgresql } from './testing/test-database';

// Runs in the PostgreSQL pass of `npm test` (TEST_DATABASE_URL=postgresql://…); there is no server to talk to otherwise.
const server = process.env.TEST_DATABASE_URL ?? '';
const created: string[] = [];

async function fresh(): Promise<string> {
  const url = await createEmptyDatabase(server);
  created.push(url);
  return url;
}

async function query<T extends Record<string, unknown>>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Tables, columns, indexes and foreign keys, as the catalogue describes them. */
async function describeDatabase(url: string) {
  const columns = await query(url, `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, column_name`);
  const indexes = await query(url, `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY indexname`);
  const keys = await query(url, `SELECT conrelid::regclass::text AS "table", conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
    WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations' ORDER BY conname`);
  return { columns, indexes, keys };
}

describe.runIf(testsOnPostgresql())('the PostgreSQL migration runner', () => {
  afterAll(async () => {
    for (const url of created) await dropDatabase(server, url);
  });

  it('applies every committed migration once, recorded as Prisma records them, and nothing on a second run', async () => {
    const url = await fresh();
    const migrations = migrationFiles(MIGRATION_FOLDERS.postgresql);
    expect((await migratePostgresql(url)).applied).toEqual(migrations.map((m) => m.name));
    const second = await migratePostgresql(url);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toHaveLength(migrations.length);

    const rows = await query<{ migration_name: string; checksum: string; finished: boolean; applied_steps_count: number }>(url,
      'SELECT "migration_name", "checksum", "finished_at" IS NOT NULL AS finished, "applied_steps_count" FROM "_prisma_migrations" ORDER BY "migration_name"');
    expect(rows).toEqual(migrations.map((m) => ({ migration_name: m.name, checksum: m.checksum, finished: true, applied_steps_count: 1 })));
    expect(migrations[0].checksum).toBe(checksum(fs.readFileSync(path.join(MIGRATION_FOLDERS.postgresql, migrations[0].name, 'migration.sql'), 'utf8')));
  });

  it('builds the same tables, columns, indexes and foreign keys as prisma/postgresql/schema.prisma', async () => {
    const migrated = await fresh();
    await migratePostgresql(migrated);
    const script = execFileSync(path.resolve('node_modules/.bin/prisma'), ['migrate', 'diff', '--from-empty', '--to-schema-datamodel', 'prisma/postgresql/schema.prisma', '--script'], {
      encoding: 'utf8', env: { ...process.env, DATABASE_URL: server }, stdio: ['ignore', 'pipe', 'ignore'],
    });
    const fromSchema = await fresh();
    await query(fromSchema, script);
    expect(await describeDatabase(migrated)).toEqual(await describeDatabase(fromSchema));
  }, 60_000);

  it('rolls a failing migration back whole and applies it on the next run once fixed', async () => {
    const url = await fresh();
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'civictwin-migrations-'));
    const write = (name: string, sql: string) => {
      fs.mkdirSync(path.join(folder, name), { recursive: true });
      fs.writeFileSync(path.join(folder, name, 'migration.sql'), sql);
    };
    write('1_first', 'CREATE TABLE "First" ("id" TEXT PRIMARY KEY);');
    write('2_second', 'CREATE TABLE "Second" ("id" TEXT PRIMARY KEY);\nINSERT INTO "Missing" VALUES (1);');
    await expect(migratePostgresql(url, folder)).rejects.toThrow(/2_second failed and was rolled back/);
    const tables = async () => (await query<{ name: string }>(url, `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`)).map((t) => t.name);
    expect(await tables()).toEqual(['First', '_prisma_migrations']);
    expect(await query(url, 'SELECT "migration_name" FROM "_prisma_migrations"')).toEqual([{ migration_name: '1_first' }]);

    write('2_second', 'CREATE TABLE "Second" ("id" TEXT PRIMARY KEY);');
    expect((await migratePostgresql(url, folder)).applied).toEqual(['2_second']);
    expect(await tables()).toEqual(['First', 'Second', '_prisma_migrations']);
  });

  it('applies nothing twice when two processes migrate at once', async () => {
    const url = await fresh();
    const [a, b] = await Promise.all([migratePostgresql(url), migratePostgresql(url)]);
    expect([...a.applied, ...b.applied].sort()).toEqual(migrationFiles(MIGRATION_FOLDERS.postgresql).map((m) => m.name));
  });
});
