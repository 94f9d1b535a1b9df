import { describe, expect, it, vi } from 'vitest';

import { isBusyError } from './busy';
import { retryWhenBusy } from './retry-when-busy';

// The shapes Prisma's driver adapters give a failed query (meta.driverAdapterError.cause).
const prismaError = (code: string, cause: Record<string, unknown>) => Object.assign(new Error('failed'), { code, meta: { driverAdapterError: { name: 'DriverAdapterError', cause } } });
const sqliteBusy = prismaError('P1008', { kind: 'SocketTimeout', originalCode: 'SQLITE_BUSY', originalMessage: 'database is locked' });
const noPause = { pause: async () => {} };

describe('isBusyError', () => {
  it('knows SQLite’s lock and PostgreSQL’s serialization failures and deadlocks', () => {
    expect(isBusyError(sqliteBusy)).toBe(true);
    expect(isBusyError(prismaError('P2010', { kind: 'sqlite', originalCode: 'SQLITE_BUSY_SNAPSHOT', originalMessage: 'database is locked' }))).toBe(true);
    expect(isBusyError(prismaError('P2034', { kind: 'TransactionWriteConflict' }))).toBe(true);
    expect(isBusyError(prismaError('P2010', { kind: 'postgres', code: '40P01', message: 'deadlock detected' }))).toBe(true);
  });

  it('is not fooled by a lost connection (its write may have happened) or a refusal', () => {
    expect(isBusyError(prismaError('P1008', { kind: 'SocketTimeout' }))).toBe(false);
    expect(isBusyError(prismaError('P2003', { kind: 'ForeignKeyConstraintViolation', originalCode: 'SQLITE_CONSTRAINT_TRIGGER', originalMessage: 'no_dots_left' }))).toBe(false);
    expect(isBusyError(new Error('database is locked'))).toBe(false);
    expect(isBusyError(null)).toBe(false);
  });
});

describe('retryWhenBusy', () => {
  it('runs a write again while the database is busy and answers its result', async () => {
    const write = vi.fn().mockRejectedValueOnce(sqliteBusy).mockResolvedValueOnce('stored');
    await expect(retryWhenBusy(write, noPause)).resolves.toBe('stored');
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('gives up after its attempts with 503 busy', async () => {
    const write = vi.fn().mockRejectedValue(sqliteBusy);
    await expect(retryWhenBusy(write, { ...noPause, attempts: 3 })).rejects.toMatchObject({ status: 503, code: 'busy' });
    expect(write).toHaveBeenCalledTimes(3);
  });

  it('never runs again a write that failed for another reason', async () => {
    const refusal = new Error('no_dots_left');
    const write = vi.fn().mockRejectedValue(refusal);
    await expect(retryWhenBusy(write, noPause)).rejects.toBe(refusal);
    expect(write).toHaveBeenCalledTimes(1);
  });
});
