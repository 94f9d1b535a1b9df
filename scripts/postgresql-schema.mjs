// Writes prisma/postgresql/schema.prisma from prisma/schema.prisma, the one source of truth: the same models
// with the PostgreSQL provider and their own generated client (Prisma picks its query compiler by provider).
// `node scripts/postgresql-schema.mjs` writes it; `--check` exits 1 when the committed file is out of date.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCE = path.join(root, 'prisma/schema.prisma');
export const TARGET = path.join(root, 'prisma/postgresql/schema.prisma');

const HEADER = '// Generated from prisma/schema.prisma by scripts/postgresql-schema.mjs (npm run db:generate): do not edit.\n';

/** The PostgreSQL variant of a schema's text; throws when the source no longer has the lines it rewrites. */
export function postgresqlSchema(source) {
  const rewrites = [
    [/^(\s*provider\s*=\s*)"sqlite"/m, '$1"postgresql"'],
    [/^(\s*output\s*=\s*)"\.\.\/server\/generated\/prisma"/m, '$1"../../server/generated/prisma-postgresql"'],
  ];
  let text = source;
  for (const [pattern, replacement] of rewrites) {
    if (!pattern.test(text)) throw new Error(`prisma/schema.prisma no longer matches ${pattern}: update scripts/postgresql-schema.mjs`);
    text = text.replace(pattern, replacement);
  }
  return HEADER + text;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const wanted = postgresqlSchema(fs.readFileSync(SOURCE, 'utf8'));
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(TARGET) ? fs.readFileSync(TARGET, 'utf8') : '';
    if (current !== wanted) {
      console.error('prisma/postgresql/schema.prisma is out of date: run `node scripts/postgresql-schema.mjs`');
      process.exit(1);
    }
  } else {
    fs.mkdirSync(path.dirname(TARGET), { recursive: true });
    fs.writeFileSync(TARGET, wanted);
  }
}
