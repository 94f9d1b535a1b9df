// One Prisma client per process, on the database DATABASE_URL names: a `file:` URL is the embedded SQLite
// database, a `postgresql://` URL PostgreSQL through a connection pool. Callers see one type either way.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';

import { databaseDialect, databaseUrl, sqliteFile } from '@/lib/database-url';
import { PrismaClient } from '@/server/generated/prisma/client';
import { PrismaClient as PostgresqlClient } from '@/server/generated/prisma-postgresql/client';

/** Connections per process; the web app and each collab server hold one pool each. */
const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 10);

export function createDatabaseClient(url = databaseUrl()): PrismaClient {
  if (databaseDialect(url) === 'sqlite') return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: sqliteFile(url) }) });
  // Both clients come from the same schema (scripts/postgresql-schema.mjs): the same models, queries and results.
  return new PostgresqlClient({ adapter: new PrismaPg({ connectionString: url, max: POOL_SIZE }) }) as unknown as PrismaClient;
}

// Kept on globalThis so dev-mode reloads do not open new connections.
const globalForPrisma = globalThis as unknown as { civictwinPrisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.civictwinPrisma ?? createDatabaseClient();

if (process.env.NODE_ENV !== 'production') globalForPrisma.civictwinPrisma = db;
