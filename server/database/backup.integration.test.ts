// A backup taken while the app runs brings back exactly what was there; a damaged file is refused
// before anything is replaced.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { prepareDatabase } from '@/server/collab/testing/harness';

const url = prepareDatabase();
process.env.DATABASE_URL = url;
const { db } = await import('@/server/db');
const { backupDatabase, restoreDatabase } = await import('./backup');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'civictwin-backup-'));
const person = (id: string) => ({ id, name: id, role: 'citizen', locale: 'en' });
const names = async () => (await db.user.findMany({ where: { id: { in: ['kept', 'later'] } }, orderBy: { id: 'asc' } })).map((u) => u.id);

describe('database backup and restore', () => {
  it('restores the rows as they were at the backup, whatever happened after', async () => {
    await db.user.create({ data: person('kept') });
    const file = path.join(dir, 'civictwin.backup');
    const report = await backupDatabase(url, file);
    expect(report.bytes).toBeGreaterThan(0);
    if (report.migrations >= 0) expect(report.migrations).toBe(fs.readdirSync('prisma/migrations').filter((m) => /^\d/.test(m)).length);

    await db.user.create({ data: person('later') });
    await db.user.delete({ where: { id: 'kept' } });
    expect(await names()).toEqual(['later']);

    await db.$disconnect();
    await restoreDatabase(url, file);
    expect(await names()).toEqual(['kept']);
  });

  it('refuses a damaged or foreign file and leaves the database as it is', async () => {
    const damaged = path.join(dir, 'damaged.backup');
    fs.writeFileSync(damaged, 'SQLite format 3\0 this is not a database at all');
    await db.$disconnect();
    await expect(restoreDatabase(url, damaged)).rejects.toThrow();
    await expect(restoreDatabase(url, path.join(dir, 'missing.backup'))).rejects.toThrow(/no backup/);
    expect(await names()).toEqual(['kept']);
  });
});
