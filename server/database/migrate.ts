// Brings the database DATABASE_URL names up to date with the committed migrations.
// SQLite: Prisma's `migrate deploy` (prisma/migrations). PostgreSQL: our runner (prisma/migrations-postgresql),
// because `migrate deploy` fails through the PostgreSQL driver adapter (Prisma bug 27403).
import { execFileSync } from 'node:child_process';
import path from 'node:path';

import { databaseDialect, databaseUrl } from '@/lib/database-url';

import { migratePostgresql } from './migrate-postgresql';

export async function migrateDatabase(url = databaseUrl(), log: (line: string) => void = console.log): Promise<void> {
  if (databaseDialect(url) === 'sqlite') {
    execFileSync(path.resolve('node_modules/.bin/prisma'), ['migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: url }, stdio: 'inherit' });
    return;
  }
  const report = await migratePostgresql(url);
  for (const name of report.applied) log(`applied ${name}`);
  // As Prisma does: an applied migration edited afterwards is reported, never applied again.
  for (const name of report.changedSinceApplied) log(`warning: ${name} was changed after it was applied`);
  log(report.applied.length ? `${report.applied.length} migration(s) applied` : 'No pending migrations to apply.');
}

