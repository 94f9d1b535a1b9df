import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';

import { resolveLocale } from '@/lib/i18n/locales';

import { createAnonymousPageCache } from './anonymous-page-cache';

// Next as the cache sees it: a page whose CSP nonce is on its scripts and in a Link header, a 404 for unknown processes.
let renders: string[] = [];
function fakeNext(request: IncomingMessage, response: ServerResponse) {
  const nonce = btoa(randomUUID());
  renders.push(nonce);
  // A draft process is for staff only: without a person it is not found.
  response.statusCode = request.url === '/p/missing' || (request.url === '/p/draft' && !request.headers.cookie?.includes('session')) ? 404 : 200;
  response.setHeader('content-type', 'text/html; charset=utf-8');
  response.setHeader('content-security-policy', `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  response.setHeader('link', `</a.css>; rel=preload; as="style"; nonce="${nonce}"`);
  if (request.url === '/p/sets-cookie') response.setHeader('set-cookie', 'x=1');
  // As the page does (server/http/request-person.ts): the person from the session, or no one when the cache asks.
  const session = request.headers.cookie?.match(/session-token=(\w+)/)?.[1];
  const who = session ? `signed in as ${session}` : request.headers['x-civictwin-person-later'] ? 'someone, read later' : 'visitor';
  const locale = resolveLocale(request.headers.cookie?.match(/NEXT_LOCALE=(\w+)/)?.[1], request.headers['accept-language'] ?? null);
  response.end(`<html lang="${locale}"><script nonce="${nonce}">1</script>${who} ${request.url}<script nonce="${nonce}">2</script></html>`);
}

let clock = 0;
let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const pages = createAnonymousPageCache({ origin: base, ttlMs: 1000, maxEntries: 2, now: () => clock });
  server.on('request', (request, response) => pages(request, response, fakeNext));
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  renders = [];
  clock += 10_000;
});

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(base + path, { headers: { 'accept-encoding': 'identity', ...headers } });
  const nonce = response.headers.get('content-security-policy')?.match(/'nonce-([^']+)'/)?.[1];
  return { status: response.status, nonce, link: response.headers.get('link'), body: await response.text() };
}

test('visitors share one render, each answer with its own nonce on every script, never the render’s', async () => {
  const answers = await Promise.all(Array.from({ length: 8 }, () => get('/p/demo')));
  expect(renders).toHaveLength(1);
  expect(new Set(answers.map((answer) => answer.nonce)).size).toBe(8);
  for (const { status, nonce, link, body } of answers) {
    expect(status).toBe(200);
    expect(body).toBe(`<html lang="en"><script nonce="${nonce}">1</script>visitor /p/demo<script nonce="${nonce}">2</script></html>`);
    expect(link).toContain(`nonce="${nonce}"`);
    expect(body + link).not.toContain(renders[0]);
  }
});

test('a render is used for a second at most', async () => {
  await get('/p/demo');
  clock += 999;
  await get('/p/demo');
  expect(renders).toHaveLength(1);
  clock += 2;
  await get('/p/demo');
  expect(renders).toHaveLength(2);
});

test('a change made through this server (any request but GET) is on the next page', async () => {
  await get('/p/demo');
  await fetch(base + '/api/processes/demo', { method: 'PATCH' });
  await get('/p/demo');
  // The page, the change, the page again.
  expect(renders).toHaveLength(3);
});

test('each language and host has its own render; the language cookie is allowed', async () => {
  expect((await get('/p/demo', { 'accept-language': 'fr-BE,fr;q=0.9' })).body).toContain('lang="fr"');
  expect((await get('/p/demo', { cookie: 'NEXT_LOCALE=fr' })).body).toContain('lang="fr"');
  expect((await get('/p/demo', { cookie: 'NEXT_LOCALE=de' })).body).toContain('lang="de"');
  expect((await get('/p/demo')).body).toContain('lang="en"');
  await get('/p/demo', { 'x-forwarded-host': 'phone.local' });
  expect(renders).toHaveLength(4);
});

test('a person with any other cookie, a Flight request, a query or a crawler is rendered for', async () => {
  expect((await get('/p/demo', { cookie: 'authjs.session-token=abc; other=1' })).body).toContain('signed in as abc');
  expect((await get('/p/demo', { cookie: 'NEXT_LOCALE=en; other=1' })).body).toContain('visitor');
  await get('/p/demo', { rsc: '1', cookie: 'authjs.session-token=abc' });
  await get('/p/demo?mark=1', { cookie: 'authjs.session-token=abc' });
  await get('/p/demo', { 'user-agent': 'Googlebot/2.1' });
  expect(renders).toHaveLength(5);
});

test('signed-in people share one render made without anyone’s session, apart from the visitors’ one', async () => {
  const facilitator = { cookie: 'authjs.csrf-token=f1; authjs.session-token=facilitator; NEXT_LOCALE=fr' };
  const citizen = { cookie: '__Secure-authjs.session-token.0=citizen; __Secure-authjs.callback-url=x; NEXT_LOCALE=fr' };
  const [first, second] = [await get('/p/demo', facilitator), await get('/p/demo', citizen)];
  expect(renders).toHaveLength(1);
  for (const answer of [first, second]) {
    expect(answer.body).toBe(`<html lang="fr"><script nonce="${answer.nonce}">1</script>someone, read later /p/demo<script nonce="${answer.nonce}">2</script></html>`);
    expect(answer.body).not.toMatch(/facilitator|citizen/);
  }
  // The language cookie still counts; a visitor never gets the signed-in render, nor the other way round.
  expect((await get('/p/demo', { cookie: 'authjs.csrf-token=v1; NEXT_LOCALE=fr' })).body).toContain('fr"><script');
  expect((await get('/p/demo', { cookie: 'NEXT_LOCALE=fr' })).body).toContain('visitor');
  expect((await get('/p/demo', citizen)).body).toContain('someone, read later');
  expect(renders).toHaveLength(2);
});

test('a page that is not found without a person (a draft) is rendered for the person who asks', async () => {
  const staff = await get('/p/draft', { cookie: 'authjs.session-token=staff' });
  expect(staff).toMatchObject({ status: 200, body: expect.stringContaining('signed in as staff') });
  expect((await get('/p/draft', { cookie: 'authjs.session-token=other' })).body).toContain('signed in as other');
  expect((await get('/p/draft')).status).toBe(404);
});

test('only the cache asks for a render without the person', async () => {
  const forged = { cookie: 'other=1', 'x-civictwin-person-later': '1' };
  expect((await get('/p/demo', forged)).body).toContain('visitor');
  expect((await get('/p/demo/live', forged)).body).toContain('visitor');
});

test('an answer other than a page without cookies is never reused', async () => {
  expect((await get('/p/missing')).status).toBe(404);
  expect((await get('/p/missing')).status).toBe(404);
  const cookie = await get('/p/sets-cookie');
  expect(cookie.status).toBe(200);
  await get('/p/sets-cookie');
  // The refused render, then Next for each request.
  expect(renders).toHaveLength(6);
});

test('a browser that accepts gzip gets the page compressed', async () => {
  const response = await fetch(base + '/p/demo', { headers: { 'accept-encoding': 'gzip' } });
  expect(response.headers.get('content-encoding')).toBe('gzip');
  const nonce = response.headers.get('content-security-policy')?.match(/'nonce-([^']+)'/)?.[1];
  // fetch inflates it.
  expect(await response.text()).toContain(`<script nonce="${nonce}">1`);
});

test('it keeps at most maxEntries pages', async () => {
  for (const slug of ['a', 'b', 'c', 'a']) await get(`/p/${slug}`);
  expect(renders).toHaveLength(4);
});
