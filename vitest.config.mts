import path from 'node:path';

import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['{app,bench,components,lib,server,prisma,scripts}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // next-auth imports `next/server` without an extension, which Node's own resolver refuses: inlined,
    // Vite resolves it (server/auth/session-claims.roundtrip.test.ts runs next-auth's handlers).
    server: { deps: { inline: ['next-auth'] } },
  },
});
