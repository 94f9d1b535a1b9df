// Every API route that can change something goes through handleRoute with its request, which is
// where writes from other sites are refused (and known errors become JSON).
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? routeFiles(full) : entry.name === 'route.ts' ? [full] : [];
  });
}

describe('API routes', () => {
  const files = routeFiles(path.resolve('app/api'));

  it('are found', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('pass their request to handleRoute in every handler that can write', () => {
    for (const file of files) {
      const source = fs.readFileSync(file, 'utf8');
      for (const [, method, body] of source.matchAll(/export async function (POST|PUT|PATCH|DELETE)\([^)]*\)[^{]*\{([\s\S]*?)\n\}/g)) {
        expect(body, `${path.relative(process.cwd(), file)} ${method}`).toMatch(/handleRoute\(request, /);
      }
      expect(source, path.relative(process.cwd(), file)).not.toMatch(/export const \{[^}]*\b(POST|PUT|PATCH|DELETE)\b[^}]*\}/);
    }
  });
});
