import fs from 'node:fs';
import path from 'node:path';

import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { defineConfig } from 'prisma/config';

import { databaseDialect, databaseUrl, sqliteFile } from './lib/database-url';

// Without DATABASE_URL the CLI tries to download an engine (no network here): always set it.
if (fs.existsSync('.env')) process.loadEnvFile('.env');
process.env.DATABASE_URL = databaseUrl();
const sqlite = databaseDialect() === 'sqlite';
if (sqlite) fs.mkdirSync(path.dirname(sqliteFile()), { recursive: true });

// On PostgreSQL, `prisma migrate deploy` fails through the adapter (Prisma bug 27403): `npm run db:migrate`
// applies prisma/migrations-postgresql with server/database/migrate.ts instead.
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: sqlite ? 'prisma/schema.prisma' : 'prisma/postgresql/schema.prisma',
  migrations: { path: sqlite ? 'prisma/migrations' : 'prisma/migrations-postgresql', seed: 'tsx prisma/seed.ts' },
  async adapter() {
    return sqlite ? new PrismaBetterSQLite3({ url: sqliteFile() }) : new PrismaPg({ connectionString: databaseUrl() });
  },
});
