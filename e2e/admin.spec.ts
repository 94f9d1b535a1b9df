// The admin area: an admin sets up a process in the browser and runs it through its lifecycle
// while people use it. Other lanes add their admin scenarios below.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { closeContextsAfterEachTest, signedInPerson, waitForMapIdle } from './support';

const run = Date.now().toString(36);

closeContextsAfterEachTest();

async function axeClean(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Puts a point at offsets (pixels) from the map's centre with a text and a kind. */
async function markPoint(page: Page, [dx, dy]: [number, number], text: string, category: string) {
  const box = (await page.getByTestId('process-map').boundingBox())!;
  await page.getByRole('button', { name: 'Point', exact: true }).click();
  await page.mouse.click(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
  await page.getByLabel('Say something about this place').fill(text);
  await page.getByRole('radio', { name: category }).check();
  await page.getByRole('button', { name: 'Save' }).click();
}

async function marksOf(page: Page, slug: string): Promise<string[]> {
  const collection = await (await page.request.get(`/api/processes/${slug}/annotations?format=geojson`)).json();
  return collection.features.map((feature: { properties: { text: string } }) => feature.properties.text);
}

test('an admin creates a process on a drawn territory, opens it, a citizen marks it, and closing stops an open map', async ({ browser }) => {
  test.setTimeout(180_000);
  const slug = `riverside-trees-${run}`;
  const admin = await signedInPerson(browser, 'admin@example.org');
  await admin.getByRole('link', { name: 'Administration' }).click();
  await admin.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Processes' }).click();
  await admin.getByRole('link', { name: 'Create a process' }).click();
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Create a planning process');

  // Sent empty, every problem is said next to its field.
  await admin.getByRole('button', { name: 'Create a process' }).click();
  await expect(admin.getByRole('alert').first()).toContainText('need fixing');
  await expect(admin.locator('#slug-error')).toBeVisible();
  await expect(admin.locator('#title-en-error')).toContainText('Title');
  await expect(admin.locator('#bounds-error')).toContainText('Area');

  await admin.getByLabel('Web address').fill(slug);
  const english = admin.getByRole('group', { name: /In English/ });
  await english.getByLabel('Title').fill(`Trees for the riverside ${run}`);
  await english.getByLabel('Question asked').fill('Where should new trees go?');
  await english.getByLabel('Description').fill('<h2>Why</h2><p>Shade for hot summers.</p><script>alert(1)</script>');
  await admin.getByRole('group', { name: /In French/ }).getByLabel('Title').fill(`Des arbres pour les berges ${run}`);

  // The territory, drawn: two corners make a rectangle.
  const territory = admin.getByTestId('territory-map');
  await territory.scrollIntoViewIfNeeded();
  await expect(territory).toHaveAttribute('data-map-loaded', 'true', { timeout: 60_000 });
  const box = (await territory.boundingBox())!;
  await admin.mouse.click(box.x + box.width * 0.2, box.y + box.height * 0.2);
  await admin.mouse.click(box.x + box.width * 0.8, box.y + box.height * 0.8);
  await expect(admin.getByText('2 corners placed.')).toBeVisible();
  await admin.getByRole('button', { name: 'Use this area' }).click();
  await expect(admin.getByLabel('West edge (longitude)')).not.toHaveValue('');

  await admin.getByRole('button', { name: 'Add a kind of mark' }).click();
  await admin.getByLabel('Name in English').fill('Tree spot');
  await admin.getByLabel('Name in French').fill('Arbre');
  await admin.getByLabel('Icon').selectOption({ label: 'Tree' });
  await admin.getByRole('button', { name: 'Create a process' }).click();
  await expect(admin).toHaveURL(new RegExp(`/admin/processes/${slug}$`));
  await expect(admin.getByRole('heading', { level: 1 })).toContainText(`Trees for the riverside ${run}`);
  await axeClean(admin);

  // A draft: citizens cannot see it yet.
  const citizen = await signedInPerson(browser, 'citizen@example.org');
  expect((await citizen.request.get(`/api/processes/${slug}`)).status()).toBe(404);

  await admin.getByLabel('Status', { exact: true }).selectOption('open');
  await admin.getByRole('button', { name: 'Save changes' }).click();
  await expect(admin.getByRole('status')).toHaveText('Saved.');
  const view = await (await citizen.request.get(`/api/processes/${slug}`)).json();
  expect(view).toMatchObject({ status: 'open', question: 'Where should new trees go?', description: '<h2>Why</h2><p>Shade for hot summers.</p>' });

  await citizen.goto(`/p/${slug}`);
  await waitForMapIdle(citizen);
  await expect(citizen.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  await expect(citizen.getByRole('heading', { level: 1 })).toHaveText(`Trees for the riverside ${run}`);
  await markPoint(citizen, [-40, -20], `Plane tree here ${run}`, 'Tree spot');
  await expect.poll(() => marksOf(admin, slug), { timeout: 10_000 }).toContain(`Plane tree here ${run}`);

  // Closing stops the map that is still open in the citizen's browser.
  await admin.getByLabel('Status', { exact: true }).selectOption('closed');
  await admin.getByRole('button', { name: 'Save changes' }).click();
  await expect(admin.getByRole('status')).toHaveText('Saved.');
  await citizen.waitForTimeout(1000);
  await markPoint(citizen, [40, 20], `Too late ${run}`, 'Tree spot');
  await expect(citizen.getByText('The map has been reloaded from the server.', { exact: false })).toBeVisible({ timeout: 10_000 });
  await citizen.waitForTimeout(1500);
  expect(await marksOf(admin, slug)).not.toContain(`Too late ${run}`);

  // Closed processes are listed after the open ones, with their outcomes.
  await citizen.goto('/');
  const closed = citizen.getByRole('region', { name: 'Closed: what came of them' });
  await expect(closed.getByRole('link', { name: `See the outcomes: Trees for the riverside ${run}` })).toHaveAttribute('href', `/p/${slug}/outcomes`);
});

test('the admin pages work on a phone and are accessible; others cannot enter', async ({ browser }) => {
  const admin = await signedInPerson(browser, 'admin@example.org');
  await admin.setViewportSize({ width: 390, height: 844 });
  await admin.goto('/admin/processes');
  await expect(admin.getByRole('link', { name: /Edit Riverside lighting/ })).toBeVisible();
  await axeClean(admin);
  await admin.goto('/admin/processes/new');
  await expect(admin.getByTestId('territory-map')).toHaveAttribute('data-map-loaded', 'true', { timeout: 60_000 });
  await axeClean(admin);
  // The seeded draft is on the home page for staff only.
  await admin.goto('/');
  await expect(admin.getByRole('region', { name: /Drafts/ })).toContainText('Riverside lighting');

  const citizen = await signedInPerson(browser, 'citizen@example.org');
  await citizen.goto('/admin/processes');
  await expect(citizen.getByRole('heading', { level: 1 })).toHaveText('We could not find this page');
  await citizen.goto('/');
  await expect(citizen.getByText('Riverside lighting')).toHaveCount(0);
  expect((await citizen.request.post('/api/processes', { data: { slug: `x-${run}`, title: 'x', description: '', bounds: [0, 0, 1, 1] } })).status()).toBe(403);
});
