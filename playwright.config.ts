import { defineConfig } from '@playwright/test';

import { baseURL, behindNginx, ports, serverEnv } from './e2e/servers';

// Debian's Chromium by default; a laptop with Playwright's own browser sets CHROMIUM_PATH="" to use it.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The web server tells browsers to find the collab server on COLLAB_PORT.
const env = { ...serverEnv, PORT: String(ports.web[0]), COLLAB_PORT: String(ports.collab[0]) };
const oneOfEach = [
  { command: 'node_modules/.bin/tsx server/web/main.ts', url: `http://localhost:${ports.web[0]}/api/health`, env, timeout: 120_000, reuseExistingServer: false },
  { command: 'node_modules/.bin/tsx server/collab/main.ts', url: `http://localhost:${ports.collab[0]}/health`, env, timeout: 60_000, reuseExistingServer: false },
];
// One command starts them all and stops them all on the SIGTERM Playwright sends its process group.
const nginxInFront = [
  { command: 'node_modules/.bin/tsx e2e/behind-nginx.ts', url: `${baseURL}/api/health`, env: serverEnv, timeout: 300_000, reuseExistingServer: false, gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 20_000 } },
];

export default defineConfig({
  testDir: 'e2e',
  timeout: 90_000,
  expect: { timeout: 20_000 },
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: executablePath || undefined,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
      ],
    },
  },
  webServer: behindNginx ? nginxInFront : oneOfEach,
});
