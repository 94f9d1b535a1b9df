import fs from 'node:fs';
import path from 'node:path';

import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { defineConfig } from 'prisma/config';

import { databaseUrl, sqliteFile } from './lib/database-url';

// Without DATABASE_URL the CLI tries to download an engine (no network here): always set it.
if (fs.existsSync('.env')) process.loadEnvFile('.env');
process.env.DATABASE_URL = databaseUrl();
fs.mkdirSync(path.dirname(sqliteFile()), { recursive: true });

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.ts' },
  async adapter() {
    return new PrismaBetterSQLite3({ url: sqliteFile() });
  },
});
