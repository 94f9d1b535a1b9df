// The web server process (npm start): Next's production server behind a plain Node HTTP server, so
// each request carries the address its socket came from (route handlers are given no socket).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

import { createAddressStamper, parseTrustedProxies } from '@/server/http/client-address';
import { startMailSender } from '@/server/mail/mail-sender';
import { captureConsole, log } from '@/server/log/log';

import { createAnonymousPageCache } from './anonymous-page-cache';

async function main() {
  captureConsole();
  // As `next start` does, before Next and React load: otherwise React's development build serves pages.
  (process.env as Record<string, string>).NODE_ENV ??= 'production';
  const { default: next } = await import('next');
  const port = Number(process.env.PORT ?? 3000);
  const stamp = createAddressStamper(parseTrustedProxies(process.env.TRUSTED_PROXY));
  const app = next({ dev: false, dir: process.cwd(), hostname: 'localhost', port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const pages = createAnonymousPageCache({ origin: `http://127.0.0.1:${port}` });
  const toNext = (request: IncomingMessage, response: ServerResponse) => void handle(request, response);

  const server = createServer((request, response) => {
    stamp(request);
    pages(request, response, toNext);
  });
  // Longer than a client's or a proxy's idle keep-alive, so a reused connection is never closed by
  // us at the moment a request is sent on it (the client would read ECONNRESET).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.listen(port, () => log.info(`web server listening on http://localhost:${port}`, { port }));
  // The outbox is emptied by this long-running process, whatever request wrote to it.
  const mailSender = startMailSender();

  const stop = () => {
    mailSender.stop();
    setTimeout(() => process.exit(0), 5000).unref();
    server.close(() => process.exit(0));
    server.closeIdleConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  log.error('web server stopped', { error });
  process.exit(1);
});
