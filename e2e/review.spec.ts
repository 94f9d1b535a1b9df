// The councillor's review (issue 12): figures, an area drawn on the map, answering from the list, who may see it.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { closeContextsAfterEachTest, signedInPerson } from './support';

closeContextsAfterEachTest();

const figure = (page: Page, label: string) => page.getByTestId('review-figures').locator('div', { has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
const reviewMap = (page: Page) => page.locator('[data-testid="review-map"][data-map-loaded="true"]');
const settled = (page: Page) => expect(page.getByTestId('review-dashboard')).toHaveAttribute('data-loading', 'false');

for (const viewport of [{ name: 'desktop', width: 1280, height: 900 }, { name: 'phone', width: 390, height: 844 }]) {
  test(`a councillor narrows the review to an area drawn on the map and answers a proposal from the list (${viewport.name})`, async ({ browser }) => {
    test.setTimeout(180_000);
    const maria = await signedInPerson(browser, 'councillor@example.org');
    await maria.setViewportSize(viewport);
    await maria.goto('/p/demo');
    await maria.getByRole('link', { name: 'Review: figures and answers' }).click();
    await expect(maria.getByRole('heading', { level: 1 })).toContainText('Review of');
    await settled(maria);
    const allMarks = Number(await figure(maria, 'Marks').textContent());
    expect(allMarks).toBeGreaterThan(10);
    await expect(maria.locator('.review-chart-plot svg').first()).toBeVisible();
    await expect(maria.getByText('Show the figures as a table').first()).toBeVisible();

    // Draw a small triangle in the middle of the map: every figure shrinks to what lies inside.
    await expect(reviewMap(maria)).toBeVisible({ timeout: 60_000 });
    await maria.getByRole('button', { name: 'Draw an area' }).click();
    const box = (await maria.getByTestId('review-map').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    for (const [dx, dy] of [[-60, -40], [60, -40], [0, 50]]) await maria.mouse.click(cx + dx, cy + dy);
    await maria.getByRole('button', { name: 'Finish the area' }).click();
    await expect(maria.getByText('An area is chosen: the figures show only what lies inside it.')).toBeVisible();
    await expect(maria.getByRole('status').filter({ hasText: 'limited to the area' })).toBeVisible();
    await settled(maria);
    await expect.poll(async () => Number(await figure(maria, 'Marks').textContent())).toBeLessThan(allMarks);

    // The keyboard's way: the current view as the area, then removing it brings everything back.
    await maria.getByRole('button', { name: 'Use the current view as the area' }).click();
    await maria.getByRole('button', { name: 'Remove the area' }).click();
    await settled(maria);
    await expect.poll(async () => Number(await figure(maria, 'Marks').textContent())).toBe(allMarks);

    // Answer the oldest waiting proposal in place; it leaves the waiting list.
    const list = maria.getByTestId('review-proposals');
    await expect(list.locator('> li').first()).toBeVisible();
    const first = list.locator('> li').first();
    const title = (await first.locator('.review-proposal-title').textContent())!;
    const waitingBefore = Number(await figure(maria, 'Proposals waiting for an answer').textContent());
    await first.getByText(/^Answer “/).click();
    await first.getByLabel('New status').selectOption('under_review');
    await first.getByLabel('Answer to the author and supporters').fill(`We are looking into it (${viewport.name}).`);
    await first.getByRole('button', { name: 'Publish the answer' }).click();
    await expect(list.getByText(title, { exact: true })).toHaveCount(0);
    await expect.poll(async () => Number(await figure(maria, 'Proposals waiting for an answer').textContent())).toBe(waitingBefore - 1);

    const results = await new AxeBuilder({ page: maria }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the review API is for reviewers: 401 signed out, 403 for a citizen, figures for a facilitator', async ({ browser, playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get('/api/processes/demo/review')).status()).toBe(401);
  await anonymous.dispose();

  const sam = await signedInPerson(browser, 'citizen@example.org');
  const refused = await sam.request.get('/api/processes/demo/review');
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.code).toBe('forbidden');
  expect((await sam.request.get('/api/processes/demo/review/places')).status()).toBe(403);
  await sam.goto('/p/demo');
  await expect(sam.getByRole('link', { name: 'Review: figures and answers' })).toHaveCount(0);

  const fran = await signedInPerson(browser, 'facilitator@example.org');
  const answer = await fran.request.get('/api/processes/demo/review?from=2020-01-01&overdueDays=1');
  expect(answer.status()).toBe(200);
  const review = await answer.json();
  expect(review.participants.registered).toBeGreaterThan(3);
  expect(review.filter.overdueDays).toBe(1);
  expect(review.waiting.overdue).toBeLessThanOrEqual(review.waiting.total);
  expect((await fran.request.get('/api/processes/demo/review?area=%7Bnope')).status()).toBe(400);
});

for (const viewport of [{ name: 'desktop', width: 1280, height: 900 }, { name: 'phone', width: 390, height: 844 }]) {
  test(`a councillor filters the review by a district and opens the items behind a theme (${viewport.name})`, async ({ browser }) => {
    const maria = await signedInPerson(browser, 'councillor@example.org');
    await maria.setViewportSize(viewport);
    await maria.goto('/p/demo/review');
    await settled(maria);
    const table = maria.getByTestId('review-districts').getByRole('table', { name: /Contributions, proposals, support/ });
    const row = table.getByRole('row', { name: /Chancery Lane and Holborn/ });
    const districtMarks = Number(await row.getByRole('cell').first().textContent());
    expect(districtMarks).toBeGreaterThan(0);
    expect(districtMarks).toBeLessThan(Number(await figure(maria, 'Marks').textContent()));

    // What came from the demo's finished live session is counted beside the rest, with a way to its summary.
    const live = maria.getByTestId('review-live');
    await expect(live.getByRole('link', { name: 'Riverside walk-in workshop' })).toHaveAttribute('href', '/p/demo/live/demo-live-finished');
    const liveFigure = (label: string) => live.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd');
    expect(Number(await liveFigure('Guests who joined').textContent())).toBeGreaterThan(0);
    expect(Number(await liveFigure('Dots placed in voting rounds').textContent())).toBeGreaterThan(0);

    // Choosing the district filters the whole dashboard to it.
    await row.getByRole('button', { name: 'Chancery Lane and Holborn' }).click();
    await expect(maria.getByRole('status').filter({ hasText: 'Showing Chancery Lane and Holborn only.' })).toBeVisible();
    await settled(maria);
    await expect.poll(async () => Number(await figure(maria, 'Marks').textContent())).toBe(districtMarks);

    // Themes in French, from the residents who wrote in French about this district; a theme lists its items.
    const themes = maria.getByTestId('review-themes');
    await themes.getByLabel('Language').selectOption('fr');
    const theme = themes.getByRole('button', { name: /^arbres \d+ mentions$/ });
    await theme.focus();
    await maria.keyboard.press('Enter');
    await expect(theme).toHaveAttribute('aria-pressed', 'true');
    const items = maria.getByTestId('theme-items');
    await expect(items.getByRole('heading', { name: /“arbres”: \d+ items/ })).toBeVisible();
    const link = items.getByRole('link').filter({ hasText: /arbres/ }).first();
    await expect(link).toBeVisible();
    await link.click();
    await expect(maria).toHaveURL(/\/p\/demo(\/proposals\/[^/?]+|\?at=[-\d.,]+&mark=)/);
  });
}

test('the themes and districts are for reviewers: 401 signed out, 403 for a citizen', async ({ browser, playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  for (const path of ['themes', 'themes/items?theme=en:tree', 'districts']) expect((await anonymous.get(`/api/processes/demo/review/${path}`)).status()).toBe(401);
  await anonymous.dispose();
  const sam = await signedInPerson(browser, 'citizen@example.org');
  for (const path of ['themes', 'themes/items?theme=en:tree', 'districts']) expect((await sam.request.get(`/api/processes/demo/review/${path}`)).status()).toBe(403);
});
