import path from 'node:path';

import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(__dirname) } },
  test: {
    include: ['{app,components,lib,server,prisma,scripts}/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
