// Applies the committed PostgreSQL migrations (prisma/migrations-postgresql) in order, each in one transaction
// together with its row in Prisma's own `_prisma_migrations` table: a migration is either applied and recorded
// or not at all, so a run that fails can simply be run again, and a second run applies nothing.
// Prisma's `migrate deploy` cannot do this through the PostgreSQL driver adapter (Prisma bug 27403).
import { randomUUID } from 'node:crypto';

import { Client } from 'pg';

import { migrationFiles, type MigrationFile } from './migration-files';

// The table exactly as Prisma creates it, so `prisma migrate status` and Prisma's tools read our records.
const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;
/** Held for the whole run: two processes started at once (two web servers) do not apply a migration twice. */
const RUNNER_LOCK = 72_707_314;

export type MigrationReport = { applied: string[]; alreadyApplied: string[]; changedSinceApplied: string[] };

async function apply(client: Client, migration: MigrationFile): Promise<void> {
  await client.query('BEGIN');
  try {
    const id = randomUUID();
    await client.query('INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name") VALUES ($1, $2, $3)', [id, migration.checksum, migration.name]);
    await client.query(migration.sql);
    await client.query('UPDATE "_prisma_migrations" SET "finished_at" = now(), "applied_steps_count" = 1 WHERE "id" = $1', [id]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw new Error(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`, { cause: error });
  }
}

export async function migratePostgresql(url: string, folder = 'prisma/migrations-postgresql'): Promise<MigrationReport> {
  const migrations = migrationFiles(folder);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [RUNNER_LOCK]);
    await client.query(MIGRATIONS_TABLE);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      'SELECT "migration_name", "checksum" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL',
    );
    const done = new Map(rows.map((row) => [row.migration_name, row.checksum]));
    const report: MigrationReport = { applied: [], alreadyApplied: [], changedSinceApplied: [] };
    for (const migration of migrations) {
      const recorded = done.get(migration.name);
      if (recorded === undefined) {
        await apply(client, migration);
        report.applied.push(migration.name);
        continue;
      }
      report.alreadyApplied.push(migration.name);
      if (recorded !== migration.checksum) report.changedSinceApplied.push(migration.name);
    }
    return report;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [RUNNER_LOCK]).catch(() => undefined);
    await client.end();
  }
}
