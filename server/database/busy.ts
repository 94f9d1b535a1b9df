// A write the database refused because another connection held it: SQLite's lock (SQLITE_BUSY, which Prisma's
// adapter reports as P1008 "Operation has timed out") or PostgreSQL aborting a transaction for a serialization
// failure or a deadlock. Such a statement or transaction did not happen, so running it again is safe; a
// connection lost mid-write (whose outcome is unknown) is not busy and is never retried here.
/** SQLite's busy codes (SQLITE_BUSY, _SNAPSHOT, _RECOVERY, _TIMEOUT) and PostgreSQL's serialization_failure, deadlock_detected. */
const SQLITE_BUSY = /^SQLITE_BUSY/;
const POSTGRESQL_BUSY = new Set(['40001', '40P01']);

/** Seconds a refused client is told to wait (the `Retry-After` of a 503 `busy`). */
export const BUSY_RETRY_AFTER_SECONDS = 2;

function causes(error: unknown, depth = 0): Record<string, unknown>[] {
  if (!error || typeof error !== 'object' || depth > 4) return [];
  const record = error as Record<string, unknown>;
  return [record, ...['cause', 'meta', 'driverAdapterError'].flatMap((key) => causes(record[key], depth + 1))];
}

/** Whether a failed query failed only because the database was busy with another writer. */
export function isBusyError(error: unknown): boolean {
  return causes(error).some((cause) => {
    if (typeof cause.originalCode === 'string' && SQLITE_BUSY.test(cause.originalCode)) return true;
    if (cause.kind === 'TransactionWriteConflict') return true;
    return cause.kind === 'postgres' && typeof cause.code === 'string' && POSTGRESQL_BUSY.has(cause.code);
  });
}
