// The tests that need a production build and nginx: run by scripts/test.mjs after `next build`, not by a plain `vitest run`.
import { defineConfig } from 'vitest/config';

import base from '../vitest.config.mts';

export default defineConfig({ ...base, test: { ...base.test, include: ['deploy/**/*.test.ts'], testTimeout: 60_000 } });
