import { describe, expect, it } from 'vitest';

import { databaseDialect, redactedUrl, sqliteFile } from './database-url';

describe('DATABASE_URL', () => {
  it('names SQLite with file: and PostgreSQL with postgresql:// or postgres://', () => {
    expect(databaseDialect('file:./data/civictwin.db')).toBe('sqlite');
    expect(databaseDialect('postgresql://app:secret@db:5432/civictwin')).toBe('postgresql');
    expect(databaseDialect('postgres://db/civictwin')).toBe('postgresql');
  });

  it('refuses anything else without printing the password', () => {
    expect(() => databaseDialect('mysql://app:secret@db/civictwin')).toThrow(/mysql:\/\/app:\*\*\*@db/);
    expect(() => databaseDialect('mysql://app:secret@db/civictwin')).not.toThrow(/secret/);
  });

  it('resolves a SQLite file from the working directory and refuses a PostgreSQL URL', () => {
    expect(sqliteFile('file:./data/x.db')).toBe(`${process.cwd()}/data/x.db`);
    expect(() => sqliteFile('postgresql://db/civictwin')).toThrow();
  });

  it('hides only the password', () => {
    expect(redactedUrl('postgresql://app:s3cr:t@db:5432/x')).toBe('postgresql://app:***@db:5432/x');
    expect(redactedUrl('postgresql://db/x')).toBe('postgresql://db/x');
  });
});
