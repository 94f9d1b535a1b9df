// `npm run db:generate` (and postinstall): writes prisma/postgresql/schema.prisma from prisma/schema.prisma,
// then generates both Prisma clients, SQLite's and PostgreSQL's. The CLI reads the provider's URL scheme from
// DATABASE_URL to choose the engine it needs, so each generation gets a URL of its own kind (nothing connects).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

import { postgresqlSchema, SOURCE, TARGET } from './postgresql-schema.mjs';
import { bin } from './run.mjs';

fs.mkdirSync('prisma/postgresql', { recursive: true });
fs.writeFileSync(TARGET, postgresqlSchema(fs.readFileSync(SOURCE, 'utf8')));

const generations = [
  { DATABASE_URL: process.env.DATABASE_URL?.startsWith('file:') ? process.env.DATABASE_URL : 'file:./data/civictwin.db' },
  { DATABASE_URL: 'postgresql://localhost/civictwin' },
];
for (const env of generations) {
  const result = spawnSync(bin('prisma'), ['generate'], { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
