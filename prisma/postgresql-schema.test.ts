import fs from 'node:fs';

import { describe, expect, it } from 'vitest';

import { postgresqlSchema, SOURCE, TARGET } from '../scripts/postgresql-schema.mjs';

describe('the PostgreSQL schema', () => {
  it('is prisma/schema.prisma with the PostgreSQL provider and client (run `npm run db:generate` after a schema change)', () => {
    expect(fs.readFileSync(TARGET, 'utf8')).toBe(postgresqlSchema(fs.readFileSync(SOURCE, 'utf8')));
  });

  it('changes only the provider and the generated client', () => {
    const schema = postgresqlSchema('generator client {\n  output = "../server/generated/prisma"\n}\ndatasource db {\n  provider = "sqlite"\n}\nmodel A {\n  id String @id\n}\n');
    expect(schema).toContain('provider = "postgresql"');
    expect(schema).toContain('output = "../../server/generated/prisma-postgresql"');
    expect(schema).toContain('model A {\n  id String @id\n}');
  });

  it('refuses a source it no longer knows how to rewrite', () => {
    expect(() => postgresqlSchema('datasource db {\n  provider = "mysql"\n}\n')).toThrow(/postgresql-schema/);
  });
});
