// One Prisma client per process, on the database DATABASE_URL names: a `file:` URL is the embedded SQLite
// database, a `postgresql://` URL PostgreSQL through a connection pool. Callers see one type either way.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';

import { databaseDialect, databaseUrl, sqliteFile } from '@/lib/database-url';
import { PrismaClient } from '@/server/generated/prisma/client';
import { PrismaClient as PostgresqlClient } from '@/server/generated/prisma-postgresql/client';

/** Connections per process; the web app and each collab server hold one pool each. */
const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 10);

/**
 * How long a SQLite statement waits for another connection's write lock (the web app and the collab servers
 * share one file) before it fails with SQLITE_BUSY. better-sqlite3's wait blocks the process's event loop, so
 * it stays short-ish; writes that may run again do so after an async pause (server/database/retry-when-busy.ts).
 */
const SQLITE_BUSY_TIMEOUT_MS = Number(process.env.SQLITE_BUSY_TIMEOUT_MS ?? 5000);

export function createDatabaseClient(url = databaseUrl()): PrismaClient {
  if (databaseDialect(url) === 'sqlite') return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: sqliteFile(url), timeout: SQLITE_BUSY_TIMEOUT_MS }) });
  // Both clients come from the same schema (scripts/postgresql-schema.mjs): the same models, queries and results.
  return new PostgresqlClient({ adapter: new PrismaPg({ connectionString: url, max: POOL_SIZE }) }) as unknown as PrismaClient;
}

// Kept on globalThis so dev-mode reloads do not open new connections.
const globalForPrisma = globalThis as unknown as { civictwinPrisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.civictwinPrisma ?? createDatabaseClient();

if (process.env.NODE_ENV !== 'production') globalForPrisma.civictwinPrisma = db;
