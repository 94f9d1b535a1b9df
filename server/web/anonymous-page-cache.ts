// A process page as a visitor who is not signed in sees it is the same for every such visitor in the
// same language: rendering it is most of the web server's work (bench/web), so it is rendered at
// most once a second per process, language and host (and anew after any change made through this
// server), and every answer gets a fresh CSP nonce in
// place of the one the render was made with. That render is asked for by this server itself, so its
// own nonce is never sent to anyone; a signed-in person, a guest or any other cookie is never cached.
import { randomBytes, randomUUID } from 'node:crypto';
import { get, type IncomingMessage, type ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';

import { isBot } from 'next/dist/shared/lib/router/utils/is-bot';

import { LOCALE_COOKIE, resolveLocale } from '@/lib/i18n/locales';

const gzip = promisify(gzipCallback);

const PAGE = /^\/p\/[a-z0-9][a-z0-9-]{0,79}$/;
const RENDER_HEADER = 'x-civictwin-page-render';
/** Set per answer (Date, framing) or rewritten here (the body's encoding and length). */
const DROPPED = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding']);

type Page = { headers: [string, string][]; parts: Buffer[]; nonce: string };
type Entry = { expires: number; page: Page | null };
type Rendered = { status: number; headers: IncomingMessage['headers']; body: Buffer };
type Next = (request: IncomingMessage, response: ServerResponse) => void;

export type PageCacheOptions = { origin: string; ttlMs?: number; maxEntries?: number; now?: () => number };

/** `null` when the request may differ per person or per navigation: it goes to Next as it is. */
function keyOf(request: IncomingMessage): string | null {
  if (request.method !== 'GET' || !PAGE.test(request.url ?? '')) return null;
  const { headers } = request;
  // Client-side navigations and prefetches ask for Flight data, not the document.
  if (headers['rsc'] || headers['next-router-state-tree'] || headers['next-router-prefetch'] || headers['purpose'] === 'prefetch') return null;
  // Crawlers are given the page's metadata in its head rather than streamed.
  if (isBot(String(headers['user-agent'] ?? ''))) return null;
  const cookies = (headers.cookie ?? '').split(';').map((cookie) => cookie.trim()).filter(Boolean);
  if (cookies.some((cookie) => !cookie.startsWith(`${LOCALE_COOKIE}=`))) return null;
  const locale = resolveLocale(cookies[0]?.slice(LOCALE_COOKIE.length + 1), headers['accept-language'] ?? null);
  // The host the browser used names the collab server in the page's CSP (server/collab/public-url.ts).
  return [request.url, locale, headers.host, headers['x-forwarded-host'], headers['x-forwarded-proto']].join('\n');
}

function fetchPage(url: string, headers: Record<string, string>): Promise<Rendered> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    }).on('error', reject);
  });
}

function pageOf({ status, headers: received, body }: Rendered): Page | null {
  const nonce = String(received['content-security-policy'] ?? '').match(/'nonce-([^']+)'/)?.[1];
  const cacheable = status === 200 && received['content-type']?.startsWith('text/html') && !received['set-cookie'];
  if (!cacheable || !nonce) return null;
  const headers = Object.entries(received).flatMap(([name, value]) => (DROPPED.has(name) || typeof value !== 'string' ? [] : [[name, value] as [string, string]]));
  const parts: Buffer[] = [];
  let start = 0;
  for (let at = body.indexOf(nonce); at !== -1; at = body.indexOf(nonce, start)) {
    parts.push(body.subarray(start, at));
    start = at + nonce.length;
  }
  parts.push(body.subarray(start));
  return { headers, parts, nonce };
}

export function createAnonymousPageCache({ origin, ttlMs = 1000, maxEntries = 100, now = Date.now }: PageCacheOptions) {
  const secret = randomBytes(24).toString('base64url');
  const entries = new Map<string, Entry>();
  const rendering = new Map<string, Promise<Entry>>();

  async function render(request: IncomingMessage): Promise<Entry> {
    const { headers } = request;
    const forwarded: Record<string, string> = { accept: 'text/html', 'accept-encoding': 'identity', [RENDER_HEADER]: secret };
    for (const name of ['host', 'accept-language', 'cookie', 'x-forwarded-host', 'x-forwarded-proto'] as const) {
      if (typeof headers[name] === 'string') forwarded[name] = headers[name];
    }
    const page = pageOf(await fetchPage(origin + request.url, forwarded));
    return { expires: now() + ttlMs, page };
  }

  function remember(key: string, entry: Entry) {
    entries.delete(key);
    entries.set(key, entry);
    for (const oldest of entries.keys()) {
      if (entries.size <= maxEntries) break;
      entries.delete(oldest);
    }
  }

  // Every change in this process comes as a request other than GET: while one runs and once it has
  // answered, no render started before it is kept, so whoever made a change sees it on their next page.
  let generation = 0;
  function invalidate() {
    generation += 1;
    entries.clear();
    rendering.clear();
  }

  async function entryFor(key: string, request: IncomingMessage): Promise<Entry> {
    const kept = entries.get(key);
    if (kept && kept.expires > now()) return kept;
    let pending = rendering.get(key);
    if (!pending) {
      const started = generation;
      const made: Promise<Entry> = render(request)
        .catch((): Entry => ({ expires: now() + ttlMs, page: null }))
        .then((entry) => {
          if (generation === started) remember(key, entry);
          if (rendering.get(key) === made) rendering.delete(key);
          return entry;
        });
      pending = made;
      rendering.set(key, pending);
    }
    return pending;
  }

  async function send(page: Page, request: IncomingMessage, response: ServerResponse) {
    const nonce = btoa(randomUUID());
    const fresh = Buffer.from(nonce);
    let body = Buffer.concat(page.parts.flatMap((part, i) => (i === 0 ? [part] : [fresh, part])));
    const zipped = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (zipped) body = await gzip(body);
    for (const [name, value] of page.headers) response.setHeader(name, value.replaceAll(page.nonce, nonce));
    if (zipped) response.setHeader('content-encoding', 'gzip');
    response.setHeader('content-length', body.length);
    response.end(body);
  }

  return function handle(request: IncomingMessage, response: ServerResponse, next: Next) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      invalidate();
      response.once('close', invalidate);
      return next(request, response);
    }
    const key = request.headers[RENDER_HEADER] === secret ? null : keyOf(request);
    if (!key) return next(request, response);
    entryFor(key, request)
      .then(({ page }) => (page ? send(page, request, response) : next(request, response)))
      .catch(() => (response.headersSent ? response.destroy() : next(request, response)));
  };
}
