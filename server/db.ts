import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';

import { sqliteFile } from '@/lib/database-url';
import { PrismaClient } from '@/server/generated/prisma/client';

// One client per process; kept on globalThis so dev-mode reloads do not open new connections.
const globalForPrisma = globalThis as unknown as { civictwinPrisma?: PrismaClient };

export const db: PrismaClient =
  globalForPrisma.civictwinPrisma ?? new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: sqliteFile() }) });

if (process.env.NODE_ENV !== 'production') globalForPrisma.civictwinPrisma = db;
