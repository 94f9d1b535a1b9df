// Throwaway PostgreSQL databases for tests, on the server TEST_DATABASE_URL names (its own database is only
// used to create others). A migrated template is built once per set of migrations; each test file then gets
// a copy of it (CREATE DATABASE … TEMPLATE), which takes a fraction of a second instead of a full migration.
import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

import { migratePostgresql } from '../migrate-postgresql';
import { checksum, MIGRATION_FOLDERS, migrationFiles } from '../migration-files';

/** Serialises template builds and copies across test workers: a template with a connection cannot be copied. */
const TEMPLATE_LOCK = 72_707_315;

export function databaseUrlNamed(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withServer<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const exists = async (client: Client, name: string) => (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount! > 0;

/** A new empty database; its URL. */
export async function createEmptyDatabase(serverUrl: string, prefix = 'civictwin_test'): Promise<string> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await withServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  return databaseUrlNamed(serverUrl, name);
}

/** A new database holding every committed migration (and nothing else); its URL. */
export async function createMigratedDatabase(serverUrl: string): Promise<string> {
  const migrations = migrationFiles(MIGRATION_FOLDERS.postgresql);
  const template = `civictwin_template_${checksum(migrations.map((m) => `${m.name}:${m.checksum}`).join('\n')).slice(0, 16)}`;
  const name = `civictwin_test_${randomBytes(6).toString('hex')}`;
  await withServer(serverUrl, async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      if (!(await exists(client, template))) {
        // Built under another name and renamed when complete, so a run killed half-way leaves no broken template.
        const building = `${template}_building`;
        await client.query(`DROP DATABASE IF EXISTS "${building}"`);
        await client.query(`CREATE DATABASE "${building}"`);
        await migratePostgresql(databaseUrlNamed(serverUrl, building));
        await client.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
      }
      await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
  return databaseUrlNamed(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  await withServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
