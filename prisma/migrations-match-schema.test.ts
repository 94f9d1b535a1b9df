import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

// The committed migrations must build exactly the database that schema.prisma describes:
// two people adding migrations at once can otherwise leave a column out (SQLite migrations
// that redefine a table copy only the columns known when they were generated).
const migrationsDir = path.join(__dirname, 'migrations');

function describeDatabase(db: Database) {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%' ORDER BY name")
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => {
      const columns = (db.prepare(`PRAGMA table_info("${name}")`).all() as Record<string, unknown>[])
        .map(({ name: column, type, notnull, dflt_value, pk }) => ({ column, type, notnull, dflt_value, pk }))
        .sort((a, b) => String(a.column).localeCompare(String(b.column)));
      const indexes = (db.prepare(`PRAGMA index_list("${name}")`).all() as { name: string; unique: number }[])
        .map((index) => ({
          unique: index.unique,
          columns: (db.prepare(`PRAGMA index_info("${index.name}")`).all() as { name: string }[]).map((c) => c.name),
        }))
        .sort((a, b) => a.columns.join().localeCompare(b.columns.join()));
      const foreignKeys = (db.prepare(`PRAGMA foreign_key_list("${name}")`).all() as Record<string, unknown>[])
        .map(({ table, from, to, on_delete }) => ({ table, from, to, on_delete }))
        .sort((a, b) => String(a.from).localeCompare(String(b.from)));
      return [name, { columns, indexes, foreignKeys }];
    }),
  );
}

describe('committed migrations', () => {
  it('build the same tables, columns, indexes and foreign keys as schema.prisma', () => {
    const fromMigrations = new Database(':memory:');
    const folders = fs
      .readdirSync(migrationsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    for (const folder of folders) {
      fromMigrations.exec(fs.readFileSync(path.join(migrationsDir, folder, 'migration.sql'), 'utf8'));
    }

    const script = execFileSync(
      'npx',
      ['prisma', 'migrate', 'diff', '--from-empty', '--to-schema-datamodel', 'prisma/schema.prisma', '--script'],
      { cwd: path.join(__dirname, '..'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const fromSchema = new Database(':memory:');
    fromSchema.exec(script);

    expect(describeDatabase(fromMigrations)).toEqual(describeDatabase(fromSchema));
  }, 60_000);
});
