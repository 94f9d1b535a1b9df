// Backing up and restoring the database the app runs on: SQLite through its online backup API (a
// consistent copy while the app keeps writing), PostgreSQL through pg_dump / pg_restore from its
// client package. A restore replaces everything, so it first checks that the backup is whole.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

import Database from 'better-sqlite3';

import { databaseDialect, sqliteFile } from '@/lib/database-url';

const run = promisify(execFile);

export type BackupReport = { file: string; bytes: number; migrations: number };

/** How many migrations the database (or a SQLite backup file) has applied: a backup without them is not ours. */
function sqliteMigrations(file: string): number {
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`${file} is damaged: ${String(check)}`);
    const [row] = copy.prepare('SELECT COUNT(*) AS n FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL').all() as { n: number }[];
    return row.n;
  } finally {
    copy.close();
  }
}

export async function backupDatabase(url: string, file: string): Promise<BackupReport> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (databaseDialect(url) === 'postgresql') {
    await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${url}`]);
    const { stdout } = await run('pg_restore', ['--list', file]);
    if (!/TABLE DATA \S+ _prisma_migrations/.test(stdout)) throw new Error(`${file} has no migrations table: not a CivicTwin database`);
    return { file, bytes: fs.statSync(file).size, migrations: -1 };
  }
  const partial = `${file}.partial`;
  const source = new Database(sqliteFile(url), { readonly: true, fileMustExist: true });
  try {
    await source.backup(partial);
  } finally {
    source.close();
  }
  const migrations = sqliteMigrations(partial);
  fs.renameSync(partial, file);
  return { file, bytes: fs.statSync(file).size, migrations };
}

/**
 * Puts a backup in place of the current database; run it with the web and collab servers stopped.
 * SQLite: the current file is kept beside it as `<file>.before-restore-<time>`.
 */
export async function restoreDatabase(url: string, file: string, now = new Date()): Promise<BackupReport> {
  if (!fs.existsSync(file)) throw new Error(`no backup at ${file}`);
  if (databaseDialect(url) === 'postgresql') {
    await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${url}`, file]);
    return { file, bytes: fs.statSync(file).size, migrations: -1 };
  }
  const migrations = sqliteMigrations(file);
  const target = sqliteFile(url);
  const staged = `${target}.restoring`;
  fs.copyFileSync(file, staged);
  if (fs.existsSync(target)) fs.renameSync(target, `${target}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`);
  for (const leftover of [`${target}-wal`, `${target}-shm`, `${target}-journal`]) fs.rmSync(leftover, { force: true });
  fs.renameSync(staged, target);
  return { file, bytes: fs.statSync(target).size, migrations };
}
