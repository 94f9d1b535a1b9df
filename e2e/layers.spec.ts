// Digital-twin layers: uploads of each format, remote tiles, the attribute panel, marks on features, 3D and scenarios.
import fs from 'node:fs';
import path from 'node:path';

import { expect, request as playwrightRequest, test, type Locator, type Page } from '@playwright/test';

import { baseURL } from './servers';
import { apiSignIn, changedPixelShare, closeContextsAfterEachTest, signIn, signedInPerson, waitForMapIdle, watchCspViolations } from './support';

const run = Date.now().toString(36);
/** Inside the footprint of Defoe House (Barbican), a building of the Shapefile fixture. */
const DEFOE_HOUSE: [number, number] = [-0.095409, 51.519891];
const fixture = (name: string) => path.join(__dirname, 'fixtures', 'layers', name);

const UPLOADS = [
  { file: 'street-trees.geojson', name: `Street trees ${run}`, features: 120 },
  { file: 'cycle-routes.kml', name: `Cycle routes ${run}`, features: 40 },
  { file: 'riverside-walk.gpx', name: `Riverside walk ${run}`, features: 3 },
  { file: 'buildings-bng.zip', name: `Buildings on the grid ${run}`, features: 60 },
];

closeContextsAfterEachTest();
test.describe.configure({ mode: 'serial' });

test.afterAll(async () => {
  const admin = await playwrightRequest.newContext({ baseURL });
  await apiSignIn(admin, 'admin@example.org');
  const { layers, scenarios } = await (await admin.get('/api/processes/demo')).json();
  for (const layer of layers as { id: string; name: string }[]) if (layer.name.endsWith(run)) await admin.delete(`/api/processes/demo/layers/${layer.id}`);
  for (const scenario of scenarios as { id: string; name: string }[]) if (scenario.name.endsWith(run)) await admin.delete(`/api/processes/demo/scenarios/${scenario.id}`);
  await admin.dispose();
});

async function addLayerForm(page: Page) {
  await page.goto('/p/demo/layers');
  return page.getByRole('region', { name: 'Add a layer' });
}

/** The layer's details in the "Add a layer" form; tests switch their layers on themselves. */
async function fillDetails(form: Locator, name: string, owner: string, attribution?: string) {
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByLabel('Published by').fill(owner);
  if (attribution) await form.getByLabel('Attribution').fill(attribution);
  await form.getByLabel('Shown when the map opens').uncheck();
}

async function chooseService(form: Locator, kind: string, address: string) {
  await form.getByLabel('Use a map service').check();
  await form.getByLabel('Kind of service').selectOption({ label: kind });
  await form.getByLabel('Address').fill(address);
}

async function layerNames(page: Page): Promise<string[]> {
  return (await (await page.request.get('/api/processes/demo')).json()).layers.map((l: { name: string }) => l.name);
}

/** The pixel of a longitude/latitude on a flat (untilted) map, from the view the map records. */
async function pixelOf(page: Page, testId: string, [lng, lat]: [number, number]) {
  const map = page.getByTestId(testId);
  const [cLng, cLat, zoom] = (await map.getAttribute('data-view'))!.split(',').map(Number);
  const box = (await map.boundingBox())!;
  const world = 512 * 2 ** zoom;
  const x = (l: number) => ((l + 180) / 360) * world;
  const y = (p: number) => ((1 - Math.log(Math.tan((p * Math.PI) / 180) + 1 / Math.cos((p * Math.PI) / 180)) / Math.PI) / 2) * world;
  return { x: box.x + box.width / 2 + x(lng) - x(cLng), y: box.y + box.height / 2 + y(lat) - y(cLat) };
}

test('an admin uploads GeoJSON, KML, GPX and a zipped Shapefile, and each one shows on the map', async ({ page, browser }) => {
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/p/demo');
  await waitForMapIdle(visitor);
  await signIn(page, 'admin@example.org');
  await expect(page.getByTestId('user-identity')).toBeVisible();
  for (const [index, upload] of UPLOADS.entries()) {
    const form = await addLayerForm(page);
    await form.locator('input[type=file]').setInputFiles(fixture(upload.file));
    await fillDetails(form, upload.name, 'Test team');
    await form.getByRole('button', { name: 'Upload and import' }).click();
    await expect(form.getByRole('status')).toHaveText(`“${upload.name}” is imported: ${upload.features} features.`);
    if (index === 0) {
      // Someone already on the map is told, and gets the new layer without losing their page.
      await expect(visitor.getByTestId('layers-changed')).toBeVisible();
      await visitor.getByRole('button', { name: 'Show the new layers' }).click();
      await visitor.getByRole('tab', { name: 'Layers' }).click();
      await expect(visitor.getByRole('checkbox', { name: upload.name })).not.toBeChecked();
      await waitForMapIdle(visitor);
    }
  }

  await page.goto('/p/demo');
  await waitForMapIdle(page);
  await page.getByRole('tab', { name: 'Layers' }).click();
  const map = page.getByTestId('process-map');
  for (const upload of UPLOADS) {
    const toggle = page.getByRole('checkbox', { name: upload.name });
    await expect(toggle).not.toBeChecked();
    const without = await map.screenshot();
    await toggle.check();
    await waitForMapIdle(page);
    const withLayer = await map.screenshot();
    expect(await changedPixelShare(page, without, withLayer), `${upload.file} drawn`).toBeGreaterThan(0.0003);
    await toggle.uncheck();
    await waitForMapIdle(page);
    expect(await changedPixelShare(page, without, await map.screenshot()), `${upload.file} removed`).toBeLessThan(0.0001);
  }
});

test('broken files get a message naming the problem, and nothing is added', async ({ page }) => {
  await signIn(page, 'admin@example.org');
  await expect(page.getByTestId('user-identity')).toBeVisible();
  const before = await layerNames(page);
  const cases = [
    { name: 'broken.geojson', buffer: Buffer.from('{"type": "FeatureCollection", "features": [ {'), message: /not valid GeoJSON/ },
    { name: 'no-shp.zip', buffer: Buffer.from('504b0506000000000000000000000000000000000000', 'hex'), message: /no \.shp file/ },
    { name: 'notes.txt', buffer: Buffer.from('hello'), message: /cannot read "\.txt" files/ },
  ];
  for (const bad of cases) {
    const form = await addLayerForm(page);
    await form.locator('input[type=file]').setInputFiles({ name: bad.name, mimeType: 'application/octet-stream', buffer: bad.buffer });
    await fillDetails(form, `Broken ${run}`, 'Test team');
    await form.getByRole('button', { name: 'Upload and import' }).click();
    await expect(form.getByRole('alert')).toHaveText(bad.message);
  }
  expect(await layerNames(page)).toEqual(before);
});

test('clicking a feature shows its attributes; a mark made on it keeps the link and others see it', async ({ browser }) => {
  const alex = await signedInPerson(browser, 'admin@example.org');
  const sam = await signedInPerson(browser, 'citizen@example.org');
  for (const page of [alex, sam]) {
    await page.goto('/p/demo');
    await waitForMapIdle(page);
    await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  }
  const layerName = UPLOADS[3].name;
  // Marks are drawn above data layers: hide them (by category) so the click reaches the building.
  for (const category of ['Idea', 'Concern', 'Question']) await alex.getByRole('checkbox', { name: new RegExp(`^${category} \\(`) }).uncheck();
  await alex.getByRole('tab', { name: 'Layers' }).click();
  await alex.getByRole('checkbox', { name: layerName }).check();
  await waitForMapIdle(alex);
  // Zoom in on the building (a double click keeps the place under the pointer), then click it.
  const map = alex.getByTestId('process-map');
  for (let i = 0; i < 3; i++) {
    const view = await map.getAttribute('data-view');
    const at = await pixelOf(alex, 'process-map', DEFOE_HOUSE);
    await alex.mouse.dblclick(at.x, at.y);
    await expect(map).not.toHaveAttribute('data-view', view!);
    await waitForMapIdle(alex);
  }
  const defoeHouse = await pixelOf(alex, 'process-map', DEFOE_HOUSE);
  await alex.mouse.click(defoeHouse.x, defoeHouse.y);

  const panel = alex.getByTestId('feature-panel');
  await expect(panel.getByRole('heading', { name: 'Defoe House' })).toBeVisible();
  await expect(panel).toContainText(`From the layer “${layerName}”`);
  await expect(panel.locator('dt', { hasText: 'height_m' }).locator('+ dd')).toHaveText('31.5');
  await expect(panel).toContainText('No marks on this feature yet');

  await panel.getByRole('button', { name: 'Mark this feature' }).click();
  await expect(alex.getByRole('heading', { name: 'New mark on Defoe House' })).toBeVisible();
  await alex.getByLabel('Say something about this place').fill(`Shade the courtyard of Defoe House ${run}`);
  await alex.getByRole('radio', { name: 'Idea' }).check();
  await alex.getByRole('button', { name: 'Save' }).click();
  await expect(alex.getByTestId('mark-about')).toHaveText(`About a feature of “${layerName}”`);

  await expect(sam.getByTestId('annotation-list')).toContainText(`Shade the courtyard of Defoe House ${run}`);
  await expect
    .poll(async () => {
      const exported = await (await sam.request.get('/api/processes/demo/annotations?format=geojson')).json();
      const found = exported.features.find((f: { properties: { text: string } }) => f.properties.text.includes(run));
      return found && { layer: typeof found.properties.layer, featureId: found.properties.featureId };
    })
    .toEqual({ layer: 'string', featureId: expect.stringMatching(/^\d+$/) });

  // Clicking the same feature again lists the mark made on it.
  await alex.getByTestId('annotation-card').getByRole('button', { name: 'Close' }).click();
  const again = await pixelOf(alex, 'process-map', DEFOE_HOUSE);
  await alex.mouse.click(again.x, again.y);
  await expect(alex.getByTestId('feature-panel')).toContainText('1 mark on this feature');
});

test('a councillor registers an XYZ tile service, which only the browser fetches', async ({ page }) => {
  const cspViolations = await watchCspViolations(page);
  const fetched: string[] = [];
  await page.route('https://tiles.example.test/**', (route) => {
    fetched.push(route.request().url());
    return route.fulfill({ path: path.join(__dirname, 'fixtures', 'green-square.png'), contentType: 'image/png' });
  });
  await signIn(page, 'councillor@example.org');
  await expect(page.getByTestId('user-identity')).toBeVisible();
  const form = await addLayerForm(page);
  await chooseService(form, 'XYZ raster tiles', 'https://tiles.example.test/{z}/{x}.png');
  await fillDetails(form, `Aerial photo ${run}`, 'Survey team', '© Test survey');
  await form.getByRole('button', { name: 'Add the service' }).click();
  await expect(form.getByRole('alert')).toContainText(/a tile address needs \{z\}, \{x\} and \{y\}/i);
  await form.getByLabel('Address').fill('https://tiles.example.test/{z}/{x}/{y}.png');
  await form.getByRole('button', { name: 'Add the service' }).click();
  await expect(form.getByRole('status')).toHaveText(`“Aerial photo ${run}” is added.`);

  await page.goto('/p/demo');
  await waitForMapIdle(page);
  await page.getByRole('tab', { name: 'Layers' }).click();
  const map = page.getByTestId('process-map');
  const before = await map.screenshot();
  expect(fetched).toHaveLength(0);
  await page.getByRole('checkbox', { name: `Aerial photo ${run}` }).check();
  await waitForMapIdle(page);
  expect(fetched.length).toBeGreaterThan(0);
  expect(fetched[0]).toMatch(/^https:\/\/tiles\.example\.test\/\d+\/\d+\/\d+\.png$/);
  expect(await changedPixelShare(page, before, await map.screenshot())).toBeGreaterThan(0.3);
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('© Test survey');

  // A service that does not answer is named in the layer list; the rest of the map goes on.
  await page.route('https://down.example.test/**', (route) => route.fulfill({ status: 503, body: 'down' }));
  const down = await page.request.post('/api/processes/demo/layers', {
    data: { name: `Broken service ${run}`, owner: 'Survey team', attribution: '© Test', visibleByDefault: false, style: { color: '#000000', opacity: 1 }, source: { type: 'xyz', url: 'https://down.example.test/{z}/{x}/{y}.png' } },
  });
  expect(down.status()).toBe(201);
  await page.reload();
  await waitForMapIdle(page);
  await page.getByRole('tab', { name: 'Layers' }).click();
  await page.getByRole('checkbox', { name: `Broken service ${run}` }).check();
  await expect(page.locator('li[data-layer]', { hasText: `Broken service ${run}` })).toContainText('could not be loaded');
  await expect(page.locator('li[data-layer]', { hasText: `Aerial photo ${run}` })).not.toContainText('could not be loaded');
  expect(cspViolations()).toEqual([]);
});

test('an admin registers a PMTiles archive, which the browser reads by range requests', async ({ page }) => {
  const cspViolations = await watchCspViolations(page);
  const archive = fs.readFileSync(fixture('street-trees.pmtiles'));
  const ranges: string[] = [];
  await page.route('https://data.example.test/**', (route) => {
    const range = route.request().headers().range ?? '';
    ranges.push(range);
    const [, from, to] = range.match(/bytes=(\d+)-(\d+)/) ?? [];
    if (!from) return route.fulfill({ status: 200, body: archive, headers: { 'content-length': String(archive.length) } });
    const slice = archive.subarray(Number(from), Math.min(Number(to) + 1, archive.length));
    return route.fulfill({ status: 206, body: slice, headers: { 'content-range': `bytes ${from}-${Number(from) + slice.length - 1}/${archive.length}`, 'content-length': String(slice.length), 'access-control-allow-origin': '*' } });
  });
  await signIn(page, 'admin@example.org');
  await expect(page.getByTestId('user-identity')).toBeVisible();
  const form = await addLayerForm(page);
  await chooseService(form, 'PMTiles archive (vector)', 'https://data.example.test/street-trees.pmtiles');
  await form.getByLabel('Layer name inside the tiles').fill('features');
  await fillDetails(form, `Trees archive ${run}`, 'Tree team', '© OpenStreetMap contributors');
  await form.getByRole('button', { name: 'Add the service' }).click();
  await expect(form.getByRole('status')).toHaveText(`“Trees archive ${run}” is added.`);

  await page.goto('/p/demo');
  await waitForMapIdle(page);
  await page.getByRole('tab', { name: 'Layers' }).click();
  const map = page.getByTestId('process-map');
  const before = await map.screenshot();
  await page.getByRole('checkbox', { name: `Trees archive ${run}` }).check();
  await waitForMapIdle(page);
  expect(ranges[0]).toMatch(/^bytes=0-/);
  expect(await changedPixelShare(page, before, await map.screenshot())).toBeGreaterThan(0.001);
  expect(cspViolations()).toEqual([]);
});

test('the 3D view tilts the map and raises the buildings', async ({ page }) => {
  await page.goto('/p/demo');
  await waitForMapIdle(page);
  await page.getByRole('tab', { name: 'Layers' }).click();
  await page.getByRole('checkbox', { name: 'Buildings by height' }).check();
  await waitForMapIdle(page);
  const map = page.getByTestId('process-map');
  const flat = await map.screenshot();
  await page.getByRole('button', { name: '3D view' }).click();
  await expect(map).toHaveAttribute('data-three-d', 'true');
  await page.waitForTimeout(900);
  await waitForMapIdle(page);
  expect(await changedPixelShare(page, flat, await map.screenshot())).toBeGreaterThan(0.2);
  await expect(page.getByRole('button', { name: 'Flat view' })).toHaveAttribute('aria-pressed', 'true');
});

test('an admin defines a scenario from layers, people choose it on the map, and it can be removed', async ({ page }) => {
  page.on('dialog', (dialog) => dialog.accept());
  await signIn(page, 'admin@example.org');
  await expect(page.getByTestId('user-identity')).toBeVisible();
  await page.goto('/p/demo/layers');
  const form = page.getByRole('form', { name: 'New scenario' });
  await form.getByLabel('Name').fill(`Water only ${run}`);
  await form.getByLabel('Description').fill('Just the river, to talk about flooding.');
  await form.getByLabel('River and water').check();
  await form.getByRole('button', { name: 'Create the scenario' }).click();
  const scenarios = page.getByRole('region', { name: 'Scenarios' });
  await expect(scenarios.locator('li', { hasText: `Water only ${run}` })).toContainText('River and water');

  await page.goto('/p/demo');
  await waitForMapIdle(page);
  await page.getByRole('tab', { name: 'Layers' }).click();
  await page.getByLabel('Scenario').selectOption({ label: `Water only ${run}` });
  await expect(page.getByText('Just the river, to talk about flooding.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'River and water' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Green space' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Flood risk bands' })).not.toBeChecked();

  await page.goto('/p/demo/layers');
  await scenarios.locator('li', { hasText: `Water only ${run}` }).getByRole('button', { name: 'Delete' }).click();
  await expect(scenarios.locator('li', { hasText: `Water only ${run}` })).toHaveCount(0);
});

test('two scenarios side by side: the maps move together and differ by the plan’s layer', async ({ page }) => {
  await page.goto('/p/demo');
  await waitForMapIdle(page);
  await page.getByRole('tab', { name: 'Layers' }).click();
  await page.getByLabel('Scenario').selectOption({ label: 'Plan 2035' });
  await expect(page.getByRole('checkbox', { name: 'Plan 2035: new green and blue spaces' })).toBeChecked();
  await page.getByRole('link', { name: 'Compare scenarios' }).click();

  const left = page.getByTestId('compare-left-map');
  const right = page.getByTestId('compare-right-map');
  for (const map of [left, right]) await expect(map).toHaveAttribute('data-map-idle', 'true', { timeout: 60_000 });
  await expect(page.getByLabel('Left map')).toHaveValue(/.+/);
  await expect(page.getByLabel('Left map').locator('option:checked')).toHaveText('Today');
  await expect(page.getByLabel('Right map').locator('option:checked')).toHaveText('Plan 2035');

  const start = await left.getAttribute('data-view');
  const box = (await left.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.25, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.25 + 120, box.y + box.height * 0.5 + 60, { steps: 8 });
  await page.mouse.up();
  await expect(left).not.toHaveAttribute('data-view', start!);
  await expect.poll(async () => right.getAttribute('data-view')).toBe(await left.getAttribute('data-view'));

  // With the divider far right the left scenario fills the frame; far left, the right one does.
  const frame = page.locator('.compare-frame');
  const slider = page.getByLabel('Position of the divider');
  await slider.fill('95');
  await page.waitForTimeout(300);
  const today = await frame.screenshot();
  await slider.fill('5');
  await page.waitForTimeout(300);
  const plan = await frame.screenshot();
  expect(await changedPixelShare(page, today, plan)).toBeGreaterThan(0.002);
});
