// The committed migrations of one database, in the order they apply: each folder's migration.sql with the
// checksum Prisma records for it (SHA-256 of the file, hex), so both runners agree on what was applied.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import type { Dialect } from '@/lib/database-url';

export type MigrationFile = { name: string; sql: string; checksum: string };

export const MIGRATION_FOLDERS: Record<Dialect, string> = {
  sqlite: 'prisma/migrations',
  postgresql: 'prisma/migrations-postgresql',
};

export function checksum(sql: string): string {
  return createHash('sha256').update(sql, 'utf8').digest('hex');
}

export function migrationFiles(folder: string): MigrationFile[] {
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(folder, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(folder, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: checksum(sql) };
    });
}
