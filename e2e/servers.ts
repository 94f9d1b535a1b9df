// What the end-to-end suite runs against. By default one web and one collab server on a SQLite file
// (scripts/test.mjs migrates and seeds it first). With E2E_BEHIND_NGINX=1, as in production behind a proxy:
// deploy/nginx/civictwin.conf in front of two web processes and two collab servers sharing one Redis, on a
// fresh PostgreSQL database (e2e/behind-nginx.ts starts and prepares all of it); browsers reach everything,
// the collab servers included, through nginx.
// Ports: E2E_PORT is the one browsers use (nginx's when behind it; the web processes then take the next
// two), E2E_COLLAB_PORT the (first) collab server's.

export const behindNginx = process.env.E2E_BEHIND_NGINX === '1';

const port = Number(process.env.E2E_PORT ?? 3100);
const collabPort = Number(process.env.E2E_COLLAB_PORT ?? 1334);
const postgresqlServer = /^postgres(ql)?:\/\//.test(process.env.TEST_DATABASE_URL ?? '') ? process.env.TEST_DATABASE_URL! : null;

function databaseOnServer(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The database every server uses: E2E_DATABASE_URL, else behind nginx a database civictwin_e2e on TEST_DATABASE_URL's server. */
export const databaseUrl =
  process.env.E2E_DATABASE_URL ?? (behindNginx && postgresqlServer ? databaseOnServer(postgresqlServer, 'civictwin_e2e') : 'file:./data/e2e.db');

/** Where the browser opens pages. */
export const baseURL = `http://localhost:${port}`;

/** A web process itself, for a test that plays the proxy or tests what the app refuses before nginx would: baseURL without nginx. */
export const webURL = behindNginx ? `http://localhost:${port + 1}` : baseURL;

/** Where the browser reaches the collab servers: nginx's /collab/, or the collab server's own port. */
export const collabUrl = behindNginx ? `ws://localhost:${port}/collab` : `ws://localhost:${collabPort}`;

export const ports = {
  browser: port,
  web: behindNginx ? [port + 1, port + 2] : [port],
  collab: behindNginx ? [collabPort, collabPort + 1] : [collabPort],
  redis: process.env.E2E_REDIS_PORT ? Number(process.env.E2E_REDIS_PORT) : undefined,
};

/**
 * nginx reaches the servers from this address, the one they trust for X-Forwarded-For; the browser is on
 * 127.0.0.1, which must not pass for the proxy (a client cannot choose its own address that way).
 */
export const NGINX_UPSTREAM_ADDRESS = '127.0.0.2';

/** Every server's environment (what it needs beyond its port). */
export const serverEnv: Record<string, string> = {
  ...(process.env as Record<string, string>),
  DATABASE_URL: databaseUrl,
  AUTH_SECRET: process.env.AUTH_SECRET ?? 'e2e-only-secret-not-for-production-use-000',
  CIVICTWIN_WRITES_PER_MINUTE: '300',
  // The suite creates many accounts from 127.0.0.1; the hourly default is tested in app/api/users.
  CIVICTWIN_SIGN_UPS_PER_HOUR: '1000',
  // No SMTP_URL: mails become .eml files here, where e2e/mail.spec.ts reads them.
  CIVICTWIN_OUTBOX: process.env.CIVICTWIN_OUTBOX ?? 'test-results/outbox',
  ...(behindNginx ? { NEXT_PUBLIC_COLLAB_URL: collabUrl, TRUSTED_PROXY: NGINX_UPSTREAM_ADDRESS } : {}),
};

export const setUpName = `${behindNginx ? 'behind nginx: 2 web and 2 collab servers on one Redis' : 'one web and one collab server'}, on ${databaseUrl.startsWith('file:') ? 'SQLite' : 'PostgreSQL'}`;
