// Which database the app runs on, from DATABASE_URL: the embedded SQLite file by default, or PostgreSQL.
// Shared by the Prisma CLI config, the app, the collab server and the migration runner.
import path from 'node:path';

export const DEFAULT_DATABASE_URL = 'file:./data/civictwin.db';

export type Dialect = 'sqlite' | 'postgresql';

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

/** The URL without its password, for messages and logs. */
export function redactedUrl(url: string): string {
  return url.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
}

export function databaseDialect(url = databaseUrl()): Dialect {
  if (url.startsWith('file:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgresql';
  throw new Error(`DATABASE_URL must be a SQLite file: URL or a postgresql:// URL, got "${redactedUrl(url)}"`);
}

/** The SQLite file a `file:` URL names, resolved from the project root (the working directory). */
export function sqliteFile(url = databaseUrl()): string {
  if (!url.startsWith('file:')) throw new Error(`Not a SQLite file: URL: "${redactedUrl(url)}"`);
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), url.slice('file:'.length));
}
