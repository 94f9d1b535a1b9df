// The embedded default database, shared by the Prisma CLI config, the app and the collab server.
import path from 'node:path';

export const DEFAULT_DATABASE_URL = 'file:./data/civictwin.db';

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

/** The SQLite file a `file:` URL names, resolved from the project root (the working directory). */
export function sqliteFile(url = databaseUrl()): string {
  if (!url.startsWith('file:')) throw new Error(`Only SQLite file: URLs are supported here, got "${url}"`);
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), url.slice('file:'.length));
}
