// A process page rendered without a person is the same for everyone in the same language: rendering it
// is most of the web server's work (bench/web), so it is rendered at most once a second per process,
// language and host (and anew after any change made through this server), and every answer gets a
// fresh CSP nonce in place of the one the render was made with. That render is asked for by this
// server itself, so its own nonce is never sent to anyone. Signed-in people and guests share a second
// render, asked for without their cookies and with PERSON_LATER_HEADER: it holds no one's name, role
// or rights, and the page reads the person's own from `GET /api/me` once loaded. Any other cookie is
// never cached.
import { randomBytes, randomUUID } from 'node:crypto';
import { get, type IncomingMessage, type ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';

import { isBot } from 'next/dist/shared/lib/router/utils/is-bot';

import { LOCALE_COOKIE, resolveLocale } from '@/lib/i18n/locales';

import { PERSON_LATER_HEADER } from './person-later';

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

/** next-auth's own cookies: only the session's says who is asking, and the shared render never sees it. */
const AUTH_COOKIE = /^(?:__Secure-|__Host-)?authjs\.(session-token(?:\.\d+)?|csrf-token|callback-url)=/;

type Key = { key: string; localeCookie: string | undefined; person: boolean };

/** `null` when the request may differ per navigation or by a cookie we do not know: it goes to Next as it is. */
function keyOf(request: IncomingMessage): Key | null {
  if (request.method !== 'GET' || !PAGE.test(request.url ?? '')) return null;
  const { headers } = request;
  // Client-side navigations and prefetches ask for Flight data, not the document.
  if (headers['rsc'] || headers['next-router-state-tree'] || headers['next-router-prefetch'] || headers['purpose'] === 'prefetch') return null;
  // Crawlers are given the page's metadata in its head rather than streamed.
  if (isBot(String(headers['user-agent'] ?? ''))) return null;
  const cookies = (headers.cookie ?? '').split(';').map((cookie) => cookie.trim()).filter(Boolean);
  const localeCookie = cookies.find((cookie) => cookie.startsWith(`${LOCALE_COOKIE}=`));
  if (cookies.some((cookie) => cookie !== localeCookie && !AUTH_COOKIE.test(cookie))) return null;
  const person = cookies.some((cookie) => AUTH_COOKIE.exec(cookie)?.[1].startsWith('session-token'));
  const locale = resolveLocale(localeCookie?.slice(LOCALE_COOKIE.length + 1), headers['accept-language'] ?? null);
  // The host the browser used names the collab server in the page's CSP (server/collab/public-url.ts).
  const key = [request.url, locale, headers.host, headers['x-forwarded-host'], headers['x-forwarded-proto'], person].join('\n');
  return { key, localeCookie, person };
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

  async function render(request: IncomingMessage, { localeCookie, person }: Key): Promise<Entry> {
    const { headers } = request;
    const forwarded: Record<string, string> = { accept: 'text/html', 'accept-encoding': 'identity', [RENDER_HEADER]: secret };
    for (const name of ['host', 'accept-language', 'x-forwarded-host', 'x-forwarded-proto'] as const) {
      if (typeof headers[name] === 'string') forwarded[name] = headers[name];
    }
    // Never the person's session: the render must be the same whoever asked first.
    if (localeCookie) forwarded.cookie = localeCookie;
    if (person) forwarded[PERSON_LATER_HEADER] = '1';
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

  async function entryFor(wanted: Key, request: IncomingMessage): Promise<Entry> {
    const { key } = wanted;
    const kept = entries.get(key);
    if (kept && kept.expires > now()) return kept;
    let pending = rendering.get(key);
    if (!pending) {
      const started = generation;
      const made: Promise<Entry> = render(request, wanted)
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
    const own = request.headers[RENDER_HEADER] === secret;
    // Only this cache asks for a render without the person; from anyone else the header means nothing.
    if (!own) delete request.headers[PERSON_LATER_HEADER];
    const key = own ? null : keyOf(request);
    if (!key) return next(request, response);
    entryFor(key, request)
      .then(({ page }) => (page ? send(page, request, response) : next(request, response)))
      .catch(() => (response.headersSent ? response.destroy() : next(request, response)));
  };
}
