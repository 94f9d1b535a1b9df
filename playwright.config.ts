import { defineConfig } from '@playwright/test';

// Debian's Chromium by default; a laptop with Playwright's own browser sets CHROMIUM_PATH="" to use it.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 3100);
const collabPort = Number(process.env.E2E_COLLAB_PORT ?? 1334);
const env = {
  ...(process.env as Record<string, string>),
  DATABASE_URL: process.env.E2E_DATABASE_URL ?? 'file:./data/e2e.db',
  PORT: String(port),
  COLLAB_PORT: String(collabPort),
  AUTH_SECRET: process.env.AUTH_SECRET ?? 'e2e-only-secret-not-for-production-use-000',
  CIVICTWIN_WRITES_PER_MINUTE: '300',
  // The suite creates many accounts from 127.0.0.1; the hourly default is tested in app/api/users.
  CIVICTWIN_SIGN_UPS_PER_HOUR: '1000',
  // No SMTP_URL: mails become .eml files here, where e2e/mail.spec.ts reads them.
  CIVICTWIN_OUTBOX: process.env.CIVICTWIN_OUTBOX ?? 'test-results/outbox',
};

export default defineConfig({
  testDir: 'e2e',
  timeout: 90_000,
  expect: { timeout: 20_000 },
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${port}`,
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
  webServer: [
    { command: 'node_modules/.bin/tsx server/web/main.ts', url: `http://localhost:${port}/api/health`, env, timeout: 120_000, reuseExistingServer: false },
    { command: 'node_modules/.bin/tsx server/collab/main.ts', url: `http://localhost:${collabPort}/health`, env, timeout: 60_000, reuseExistingServer: false },
  ],
});
