// What a first trial found, each checked the way a person meets it.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { closeContextsAfterEachTest, signedInPerson, waitForMapIdle } from './support';

const run = Date.now().toString(36);
closeContextsAfterEachTest();

async function propose(page: Page, title: string, extra: Record<string, unknown> = {}): Promise<string> {
  const created = await page.request.post('/api/processes/demo/proposals', { data: { title, body: 'Covered bike parking at the station.', category: 'idea', publish: true, ...extra } });
  expect(created.status()).toBe(201);
  return (await created.json()).proposal.id;
}

/** The map's centre and zoom, as the map records them. */
async function view(page: Page): Promise<[number, number, number]> {
  const value = await page.getByTestId('process-map').getAttribute('data-view');
  return value!.split(',').map(Number) as [number, number, number];
}

test('the 404 page has a title, and the logo link’s name starts with what it shows', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page).toHaveTitle('We could not find this page · CivicTwin');
  await page.goto('/p/no-such-process');
  await expect(page).toHaveTitle('We could not find this page · CivicTwin');

  for (const path of ['/', '/p/demo']) {
    await page.goto(path);
    await expect(page.getByRole('link', { name: 'CivicTwin — All planning processes' })).toBeVisible();
    const results = await new AxeBuilder({ page }).withRules(['label-content-name-mismatch']).analyze();
    expect(results.violations).toEqual([]);
  }
});

test('the map loads every file it asks for and credits OpenStreetMap once', async ({ page }) => {
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
  });
  await page.goto('/p/demo');
  await waitForMapIdle(page);
  // Placed proposals (with their star) are on the map.
  await expect.poll(() => page.evaluate(() => document.querySelector('[data-testid="process-map"] canvas') !== null)).toBe(true);
  expect(missing).toEqual([]);
  const credits = await page.locator('.maplibregl-ctrl-attrib-inner').textContent();
  expect(credits?.match(/OpenStreetMap/g)).toHaveLength(1);
});

test('an official’s answer form starts afresh after a successful answer', async ({ browser }) => {
  const sam = await signedInPerson(browser, 'citizen@example.org');
  const id = await propose(sam, `Bike parking ${run}`);
  const maria = await signedInPerson(browser, 'councillor@example.org');
  await maria.goto(`/p/demo/proposals/${id}`);

  await maria.getByLabel('New status').selectOption('under_review');
  await maria.getByLabel('Answer to the author and supporters').fill('   ');
  await maria.getByRole('button', { name: 'Publish the answer' }).click();
  await expect(maria.locator('.answer-form .form-error')).toBeVisible();

  await maria.getByLabel('Answer to the author and supporters').fill('We are looking at the station forecourt.');
  await maria.getByRole('button', { name: 'Publish the answer' }).click();
  await expect(maria.getByTestId('proposal-status')).toHaveText('Under review');
  await expect(maria.getByTestId('official-answer')).toContainText('We are looking at the station forecourt.');
  await expect(maria.getByLabel('Answer to the author and supporters')).toHaveValue('');
  await expect(maria.locator('.answer-form .form-error')).toHaveCount(0);
});

test('a proposal page shows its category and opens the map at its place', async ({ browser }) => {
  const sam = await signedInPerson(browser, 'citizen@example.org');
  const id = await propose(sam, `Drinking fountain ${run}`, { category: 'concern', geometry: { type: 'Point', coordinates: [-0.0986, 51.5112] } });
  await sam.goto(`/p/demo/proposals/${id}`);
  await expect(sam.getByTestId('proposal-place')).toContainText('Category: Concern');
  await sam.getByRole('link', { name: 'Show on the map' }).click();
  await expect(sam).toHaveURL(/\/p\/demo\?at=-0\.0986,51\.5112$/);
  await waitForMapIdle(sam);
  const [lng, lat, zoom] = await view(sam);
  expect(Math.abs(lng + 0.0986)).toBeLessThan(1e-4);
  expect(Math.abs(lat - 51.5112)).toBeLessThan(1e-4);
  expect(zoom).toBeCloseTo(17, 0);

  const withoutPlace = await propose(sam, `Longer opening hours ${run}`);
  await sam.goto(`/p/demo/proposals/${withoutPlace}`);
  await expect(sam.getByTestId('proposal-place')).toContainText('Not tied to a place on the map');
});

test('a mark needs a few words, and “My activity” lists it with a link to its place', async ({ browser }) => {
  const sam = await signedInPerson(browser, 'citizen@example.org');
  await sam.goto('/p/demo');
  await waitForMapIdle(sam);
  await expect(sam.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  const box = (await sam.getByTestId('process-map').boundingBox())!;
  await sam.getByRole('button', { name: 'Point', exact: true }).click();
  await sam.mouse.click(box.x + box.width / 2 - 40, box.y + box.height / 2 + 30);
  await sam.getByLabel('Say something about this place').fill('   ');
  await sam.getByRole('button', { name: 'Save' }).click();
  await expect(sam.getByText('Write a few words about this place, so others know what you mean.')).toBeVisible();
  await expect(sam.getByLabel('Say something about this place')).toHaveAttribute('aria-invalid', 'true');

  const text = `A bench in the shade ${run}`;
  await sam.getByLabel('Say something about this place').fill(text);
  await sam.getByRole('button', { name: 'Save' }).click();
  await expect(sam.getByTestId('annotation-list').getByRole('button', { name: new RegExp(text) })).toBeVisible();

  await sam.goto('/me');
  const entry = sam.getByTestId('my-marks').getByRole('listitem').filter({ hasText: text });
  await expect(entry).toBeVisible();
  await entry.getByRole('link', { name: /Show on the map of/ }).click();
  await expect(sam).toHaveURL(/\/p\/demo\?at=-?[\d.]+,[\d.]+&mark=[A-Za-z0-9_-]+$/);
  await waitForMapIdle(sam);
  expect((await view(sam))[2]).toBeCloseTo(17, 0);
});
