import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

import { signIn, waitForMapIdle } from './support';

test('the home page lists the open demo process', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Planning processes open for your ideas');
  await page.getByRole('link', { name: 'Thames riverside: heat and flood resilience 2035', exact: true }).click();
  await expect(page).toHaveURL(/\/p\/demo$/);
});

test('health and process endpoints follow the contract', async ({ request }) => {
  expect(await (await request.get('/api/health')).json()).toEqual({ status: 'ok' });
  const process = await (await request.get('/api/processes/demo')).json();
  expect(process.slug).toBe('demo');
  expect(process.bounds).toHaveLength(4);
  const [west, south, east, north] = process.bounds;
  expect(west).toBeLessThan(east);
  expect(south).toBeLessThan(north);
  expect(process.layers.map((layer: { slug: string }) => layer.slug)).toEqual(['green-space', 'buildings', 'water', 'flood-risk', 'plan-2035', 'districts']);
  expect(process.scenarios.map((scenario: { name: string }) => scenario.name)).toEqual(['Today', 'Plan 2035']);
  const missing = await request.get('/api/processes/does-not-exist');
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.code).toBe('process_not_found');
});

test('an unknown process is a friendly 404 page', async ({ page }) => {
  const response = await page.goto('/p/nowhere-at-all');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find this page');
});

test('the language switch shows the app in French', async ({ page }) => {
  await page.goto('/p/demo');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await page.getByRole('tab', { name: 'Couches' }).click();
  await expect(page.getByRole('heading', { name: 'Couches de la carte' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Démarches de concertation ouvertes à vos idées');
});

test('the language switch offers Dutch and German, each named in itself, and the app follows', async ({ page }) => {
  await page.goto('/');
  const languages = page.getByRole('combobox', { name: 'Language' });
  await expect(languages.locator('option')).toHaveText(['English', 'Français', 'Nederlands', 'Deutsch']);
  await languages.selectOption('nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projecten die open staan voor jouw ideeën');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page.getByRole('combobox', { name: 'Taal' }).selectOption('de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beteiligungsprojekte, die auf Ihre Ideen warten');
  await expect(page.getByRole('link', { name: 'Anmelden' })).toBeVisible();
});

for (const path of ['/', '/signin', '/signup', '/p/demo', '/p/demo/compare', '/p/demo/layers']) {
  test(`${path} has no detectable accessibility violations`, async ({ page }) => {
    if (path === '/p/demo/layers') {
      await signIn(page, 'admin@example.org');
      await expect(page.getByTestId('user-identity')).toBeVisible();
    }
    await page.goto(path);
    if (path === '/p/demo') await waitForMapIdle(page);
    if (path === '/p/demo/compare') await expect(page.getByTestId('compare-right-map')).toHaveAttribute('data-map-idle', 'true', { timeout: 60_000 });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
