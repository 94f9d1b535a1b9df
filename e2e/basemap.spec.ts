import fs from 'node:fs';
import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Request } from '@playwright/test';

import { signIn, waitForMapIdle, watchCspViolations } from './support';

const LOOPBACK = /^(localhost|127\.0\.0\.1|\[::1\])$/;
const run = Date.now().toString(36);

/** Every request the page and its workers make, kept to check none leaves this machine. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.context().on('request', (request) => requests.push(request));
  return requests;
}

const leavingLoopback = (requests: Request[]) =>
  requests.map((request) => new URL(request.url())).filter((url) => /^(https?|wss?):$/.test(url.protocol) && !LOOPBACK.test(url.hostname)).map((url) => url.href);

/** The https origins a page's CSP lets it connect to. */
async function connectOrigins(page: Page, url: string): Promise<string[]> {
  const response = await page.goto(url);
  const policy = response!.headers()['content-security-policy'] ?? '';
  const connect = policy.split(';').find((directive) => directive.trim().startsWith('connect-src')) ?? '';
  return connect.trim().split(/\s+/).filter((source) => source.startsWith('https://')).sort();
}

for (const viewport of [{ name: 'desktop', width: 1280, height: 800 }, { name: 'phone', width: 390, height: 844 }]) {
  test(`the Liechtenstein process opens on its own basemap, served by us, on a ${viewport.name}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const requests = recordRequests(page);
    const cspViolations = await watchCspViolations(page);
    await page.goto('/p/rhine-valley');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rhine valley 2040: living with the river, cycling between villages');
    await waitForMapIdle(page);

    // Its archive, read by range requests; not London's.
    const archive = requests.filter((request) => new URL(request.url()).pathname === '/basemap/liechtenstein.pmtiles');
    expect(archive.length).toBeGreaterThan(1);
    const answers = await Promise.all(archive.map(async (request) => ({ range: await request.headerValue('range'), status: (await request.response())?.status() })));
    expect(answers.every((answer) => /^bytes=\d+-\d+$/.test(answer.range ?? '') && answer.status === 206)).toBe(true);
    expect(requests.some((request) => request.url().includes('london.pmtiles'))).toBe(false);

    // The whole country fits on the screen: its villages are named, and OpenStreetMap is credited.
    const view = (await page.getByTestId('process-map').getAttribute('data-view'))!.split(',').map(Number);
    expect(view[2]).toBeLessThan(11);
    expect(view[0]).toBeGreaterThan(9.47);
    expect(view[0]).toBeLessThan(9.64);
    await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('© OpenStreetMap contributors');
    await page.screenshot({ path: `test-results/liechtenstein-${viewport.name}.png` });

    expect(leavingLoopback(requests)).toEqual([]);
    expect(cspViolations()).toEqual([]);
  });
}

test('an admin registers a remote basemap style: the CSP allows exactly its host, the server never fetches it', async ({ page }) => {
  const fetched: string[] = [];
  const host = `https://geo-${run}.example.test`;
  // A fake national geoportal: its style draws a flat colour, so its use shows on the map.
  await page.route(`${host}/**`, (route) => {
    fetched.push(route.request().url());
    const style = { version: 8, sources: {}, layers: [{ id: 'land', type: 'background', paint: { 'background-color': '#ff00ff' } }] };
    return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(style), headers: { 'access-control-allow-origin': '*' } });
  });
  await signIn(page, 'admin@example.org');
  await expect(page.getByTestId('user-identity')).toBeVisible();
  const before = await connectOrigins(page, '/admin/basemaps');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Basemaps');
  await expect(page.locator('[data-basemap="liechtenstein"]')).toContainText('Liechtenstein');
  await expect(page.locator('[data-basemap="london"]')).toContainText('City of London');
  // The page's title is streamed after its body: axe reads the document only once it is there.
  await expect(page).toHaveTitle(/\S/);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  const form = page.locator('section', { has: page.getByRole('heading', { name: 'Register a remote basemap' }) });
  await form.getByRole('textbox', { name: /^Name/ }).fill(`Geoportal ${run}`);
  await form.getByRole('textbox', { name: /^Address/ }).fill(`http://geo-${run}.example.test/style.json`);
  await form.getByRole('textbox', { name: /^Attribution/ }).fill('© Test geoportal');
  await form.getByRole('button', { name: 'Register the basemap' }).click();
  // The problem is said at its field.
  await expect(form.getByRole('textbox', { name: /^Address/ })).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByRole('alert')).toHaveText('Address: the address must start with https://.');
  await form.getByRole('textbox', { name: /^Address/ }).fill(`${host}/style.json`);
  await form.getByRole('button', { name: 'Register the basemap' }).click();
  await expect(form.getByRole('status')).toContainText(`“Geoportal ${run}” is registered.`);
  await expect(page.locator('li[data-basemap]', { hasText: `Geoportal ${run}` })).toContainText(`${host}/style.json`);
  const axeAfter = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axeAfter.violations).toEqual([]);

  // The next page's policy lets browsers reach that host, and nothing more than before.
  const after = await connectOrigins(page, '/admin/basemaps');
  expect(after.filter((origin) => !before.includes(origin))).toEqual([host]);
  expect(before.filter((origin) => !after.includes(origin))).toEqual([]);
  const listed = await (await page.request.get('/api/basemaps')).json();
  const id = listed.basemaps.find((basemap: { name: string }) => basemap.name === `Geoportal ${run}`).id;

  // A browser draws it (the style is fetched by the page, through the interception) without a CSP violation.
  const cspViolations = await watchCspViolations(page);
  await page.evaluate(async (url) => (await fetch(url)).json(), `${host}/style.json`);
  expect(fetched).toEqual([`${host}/style.json`]);
  expect(cspViolations()).toEqual([]);

  // Removed: the host leaves the policy at once.
  page.once('dialog', (dialog) => dialog.accept());
  await page.locator('li[data-basemap]', { hasText: `Geoportal ${run}` }).getByRole('button', { name: `Remove the basemap Geoportal ${run}` }).click();
  await expect(page.locator('li[data-basemap]', { hasText: `Geoportal ${run}` })).toHaveCount(0);
  expect(await connectOrigins(page, '/admin/basemaps')).toEqual(before);
  expect((await page.request.delete(`/api/basemaps/${id}`)).status()).toBe(404);
});

test('only admins see the basemaps page and may register one', async ({ page }) => {
  await signIn(page, 'councillor@example.org');
  await expect(page.getByTestId('user-identity')).toBeVisible();
  expect((await page.goto('/admin/basemaps'))!.status()).toBe(404);
  const refused = await page.request.post('/api/basemaps', { data: { name: 'X', kind: 'style', url: 'https://x.example.test/style.json', attribution: '© X' } });
  expect(refused.status()).toBe(403);
});

test('an installed basemap archive answers range requests, as PMTiles readers need', async ({ request }) => {
  const file = fs.readFileSync(path.join(__dirname, '..', 'public', 'basemap', 'liechtenstein.pmtiles'));
  const header = await request.get('/basemap/liechtenstein.pmtiles', { headers: { range: 'bytes=0-126' } });
  expect(header.status()).toBe(206);
  expect(header.headers()['content-range']).toBe(`bytes 0-126/${file.length}`);
  expect(Buffer.from(await header.body())).toEqual(file.subarray(0, 127));
  const tail = await request.get('/basemap/liechtenstein.pmtiles', { headers: { range: `bytes=${file.length - 1000}-${file.length - 1}` } });
  expect(tail.status()).toBe(206);
  expect(Buffer.from(await tail.body())).toEqual(file.subarray(file.length - 1000));
});

test('the admin draws a territory on the process’s own basemap, and on another one when it is changed', async ({ page }) => {
  const requests = recordRequests(page);
  await signIn(page, 'admin@example.org');
  await expect(page.getByTestId('user-identity')).toBeVisible();
  await page.goto('/admin/processes/rhine-valley');
  const territory = page.getByTestId('territory-map');
  await expect(territory).toHaveAttribute('data-map-loaded', 'true', { timeout: 60_000 });
  await expect(territory).toHaveAttribute('data-basemap', 'liechtenstein');
  await expect.poll(() => requests.filter((request) => request.url().endsWith('/basemap/liechtenstein.pmtiles')).length).toBeGreaterThan(1);
  expect(requests.some((request) => request.url().includes('london.pmtiles'))).toBe(false);

  // The territory from a layer: the outline of one municipality, chosen with the keyboard.
  const fromLayer = page.getByRole('group', { name: 'Or take the outline of an area from a layer' });
  await fromLayer.getByRole('combobox', { name: 'Layer', exact: true }).selectOption({ label: 'Municipalities' });
  await fromLayer.getByRole('combobox', { name: 'Area of this layer' }).selectOption({ label: 'Vaduz' });
  await fromLayer.getByRole('button', { name: 'Use this outline' }).press('Enter');
  await expect(fromLayer.getByRole('status')).toHaveText('The area is now the outline of “Vaduz”.');
  await expect(page.getByText(/The area is an outline of \d+ corners\./)).toBeVisible();
  const west = Number(await page.getByLabel('West edge (longitude)').inputValue());
  expect(west).toBeGreaterThan(9.47);
  expect(west).toBeLessThan(9.56);

  await page.getByLabel('Background map').selectOption('london');
  await expect(territory).toHaveAttribute('data-basemap', 'london');
  await expect(territory).toHaveAttribute('data-map-loaded', 'true', { timeout: 60_000 });
  // Its archive is read (the Vaduz outline lies outside London, so no tile beyond the header is asked for).
  await expect.poll(() => requests.filter((request) => request.url().endsWith('/basemap/london.pmtiles')).length).toBeGreaterThan(0);
});
