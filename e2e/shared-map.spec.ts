import { expect, test, type Browser, type Page } from '@playwright/test';

import { changedPixelShare, closeContextsAfterEachTest, signedInPerson, waitForMapIdle } from './support';

const run = Date.now().toString(36);

closeContextsAfterEachTest();

async function personOnMap(browser: Browser, email: string, password?: string): Promise<Page> {
  const page = await signedInPerson(browser, email, password);
  await page.goto('/p/demo');
  await waitForMapIdle(page);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  return page;
}

async function newCitizen(page: Page, name: string) {
  const email = `${name.toLowerCase()}-${run}@example.org`;
  const response = await page.request.post('/api/users', { data: { name, email, password: 'a long enough password' } });
  expect(response.status()).toBe(201);
  return email;
}

/** Draws a shape at offsets (in pixels) from the map's centre and saves it with a text. */
async function draw(page: Page, tool: 'Point' | 'Line' | 'Area', offsets: [number, number][], text: string, category = 'Idea') {
  const box = (await page.getByTestId('process-map').boundingBox())!;
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.getByRole('button', { name: tool, exact: true }).click();
  for (const [dx, dy] of offsets) {
    await page.mouse.click(cx + dx, cy + dy);
    await page.waitForTimeout(120);
  }
  if (tool !== 'Point') await page.getByRole('button', { name: 'Finish shape' }).click();
  await page.getByLabel('Say something about this place').fill(text);
  await page.getByRole('radio', { name: category }).check();
  await page.getByRole('button', { name: 'Save' }).click();
}

const mark = (page: Page, text: string) => page.getByTestId('annotation-list').getByRole('button', { name: new RegExp(text) });

test('three people see each other’s points, lines and areas appear live', async ({ browser }) => {
  const sam = await personOnMap(browser, 'citizen@example.org');
  const fran = await personOnMap(browser, 'facilitator@example.org');
  const maria = await personOnMap(browser, 'councillor@example.org');
  await expect(fran.getByRole('group', { name: /other people here|other person here/ })).toContainText('Sam Okafor');

  const franMap = fran.getByTestId('process-map');
  const before = await franMap.screenshot();
  await draw(sam, 'Point', [[-150, -60]], `Bench under the plane trees ${run}`);
  await draw(sam, 'Line', [[-100, 40], [0, 60], [80, 30]], `Shaded walking route ${run}`, 'Concern');
  await draw(sam, 'Area', [[60, -120], [160, -120], [160, -40], [60, -40]], `Rain garden here ${run}`, 'Question');

  for (const page of [fran, maria]) {
    await expect(mark(page, `Bench under the plane trees ${run}`)).toContainText('Point');
    await expect(mark(page, `Shaded walking route ${run}`)).toContainText('Line');
    await expect(mark(page, `Rain garden here ${run}`)).toContainText('Area');
  }
  await waitForMapIdle(fran);
  expect(await changedPixelShare(fran, before, await franMap.screenshot())).toBeGreaterThan(0.005);

  // Opening a mark from the list shows its card, the same as clicking it on the map.
  await mark(maria, `Rain garden here ${run}`).click();
  await expect(maria.getByTestId('annotation-card')).toContainText(`Rain garden here ${run}`);
  await expect(maria.getByTestId('annotation-card')).toContainText('by Sam Okafor');
});

test('an author edits their mark, a facilitator deletes it, and a citizen cannot touch others’ marks', async ({ browser }) => {
  const sam = await personOnMap(browser, 'citizen@example.org');
  const fran = await personOnMap(browser, 'facilitator@example.org');
  const kimEmail = await newCitizen(sam, 'Kim');
  const kim = await personOnMap(browser, kimEmail, 'a long enough password');

  await draw(sam, 'Point', [[40, 40]], `Too hot at noon ${run}`, 'Concern');
  await mark(sam, `Too hot at noon ${run}`).click();
  await sam.getByRole('button', { name: 'Edit text' }).click();
  await sam.getByLabel('Say something about this place').fill(`Too hot at noon, no shade at all ${run}`);
  await sam.getByRole('button', { name: 'Save' }).click();
  await expect(mark(kim, `no shade at all ${run}`)).toBeVisible();

  await mark(kim, `no shade at all ${run}`).click();
  await expect(kim.getByTestId('annotation-card')).toBeVisible();
  await expect(kim.getByTestId('annotation-card').getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await expect(kim.getByTestId('annotation-card').getByRole('button', { name: 'Edit text' })).toHaveCount(0);

  await mark(fran, `no shade at all ${run}`).click();
  await fran.getByTestId('annotation-card').getByRole('button', { name: 'Delete' }).click();
  await expect(fran.getByRole('status').filter({ hasText: 'Mark deleted.' })).toBeVisible();
  await expect(mark(sam, `no shade at all ${run}`)).toHaveCount(0, { timeout: 15_000 });
  await expect(mark(kim, `no shade at all ${run}`)).toHaveCount(0);
});

test('undo brings a deleted mark back before anyone loses it', async ({ browser }) => {
  const sam = await personOnMap(browser, 'citizen@example.org');
  await draw(sam, 'Point', [[-40, 80]], `Water fountain please ${run}`);
  await mark(sam, `Water fountain please ${run}`).click();
  await sam.getByTestId('annotation-card').getByRole('button', { name: 'Delete' }).click();
  await expect(mark(sam, `Water fountain please ${run}`)).toHaveCount(0);
  await sam.getByRole('button', { name: 'Undo' }).click();
  await expect(mark(sam, `Water fountain please ${run}`)).toBeVisible();
  await sam.waitForTimeout(7000);
  await sam.reload();
  await expect(mark(sam, `Water fountain please ${run}`)).toBeVisible();
});

test('a self-crossing area is explained in plain words and not saved', async ({ browser }) => {
  const sam = await personOnMap(browser, 'citizen@example.org');
  const box = (await sam.getByTestId('process-map').boundingBox())!;
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  await sam.getByRole('button', { name: 'Area', exact: true }).click();
  for (const [dx, dy] of [[0, 0], [100, 100], [100, 0], [0, 100]]) {
    await sam.mouse.click(cx + dx, cy + dy);
    await sam.waitForTimeout(120);
  }
  await sam.keyboard.press('Enter');
  await expect(sam.getByRole('alert').filter({ hasText: 'The area crosses itself' })).toBeVisible();
  await expect(sam.getByLabel('Say something about this place')).toHaveCount(0);
});

test('a visitor who is not signed in sees the marks, read-only', async ({ browser }) => {
  const sam = await personOnMap(browser, 'citizen@example.org');
  await draw(sam, 'Point', [[0, -100]], `Visible to everyone ${run}`);
  const visitor = await (await browser.newContext()).newPage();
  await expect(async () => {
    await visitor.goto('/p/demo');
    await expect(mark(visitor, `Visible to everyone ${run}`)).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 15_000 });
  await expect(visitor.getByTestId('connection-status')).toHaveAttribute('data-status', 'view-only');
  await expect(visitor.getByRole('toolbar', { name: 'Drawing tools' })).toHaveCount(0);
  const geojson = await (await visitor.request.get('/api/processes/demo/annotations?format=geojson')).json();
  expect(geojson.features.some((f: { properties: { text: string } }) => f.properties.text === `Visible to everyone ${run}`)).toBe(true);
  const csv = await (await visitor.request.get('/api/processes/demo/annotations?format=csv')).text();
  expect(csv.split('\r\n')[0]).toBe('id,kind,category,text,author,created_at,updated_at,supports,opposes,comments,layer,feature_id,scenario,longitude,latitude,geometry');
  expect(csv).toContain(`Visible to everyone ${run}`);
});

test('a visitor who is not signed in sees a new mark appear live, without reloading', async ({ browser }) => {
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/p/demo');
  await waitForMapIdle(visitor);
  await expect(visitor.getByTestId('connection-status')).toHaveAttribute('data-status', 'view-only');
  let reloads = 0;
  visitor.on('framenavigated', (frame) => frame === visitor.mainFrame() && (reloads += 1));

  const sam = await personOnMap(browser, 'citizen@example.org');
  await draw(sam, 'Point', [[-60, -100]], `Seen live by a visitor ${run}`);
  await expect(mark(visitor, `Seen live by a visitor ${run}`)).toBeVisible({ timeout: 10_000 });
  expect(reloads).toBe(0);
  await expect(visitor.getByRole('toolbar', { name: 'Drawing tools' })).toHaveCount(0);
});

test('edits made while offline are kept and shared when the connection returns', async ({ browser }) => {
  const sam = await personOnMap(browser, 'citizen@example.org');
  const fran = await personOnMap(browser, 'facilitator@example.org');
  await sam.context().setOffline(true);
  await expect(sam.getByTestId('connection-status')).not.toHaveAttribute('data-status', 'connected', { timeout: 15_000 });
  await draw(sam, 'Point', [[120, 90]], `Drawn on a train ${run}`);
  await expect(mark(sam, `Drawn on a train ${run}`)).toBeVisible();
  await expect(mark(fran, `Drawn on a train ${run}`)).toHaveCount(0);
  await expect(sam.getByTestId('connection-status')).toHaveAttribute('data-status', 'offline');
  await sam.context().setOffline(false);
  await expect(mark(fran, `Drawn on a train ${run}`)).toBeVisible({ timeout: 20_000 });
  // The badge tells the truth again as soon as the link is back, and stays with it.
  await expect(sam.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected', { timeout: 10_000 });
  await sam.waitForTimeout(3000);
  await expect(sam.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
});
