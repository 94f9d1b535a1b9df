// The map workspace on a phone and from the keyboard, and what it offers to whom.
import AxeBuilder from '@axe-core/playwright';
import { expect, request, test, type Locator, type Page } from '@playwright/test';

import { baseURL } from './servers';
import { apiSignIn, closeContextsAfterEachTest, signedInPerson } from './support';

const run = Date.now().toString(36);
const PHONE = { width: 390, height: 844 };

closeContextsAfterEachTest();

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not visible');
  return found;
}
type Box = Awaited<ReturnType<typeof box>>;
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, viewport: { width: number; height: number }) => a.x >= 0 && a.y >= 0 && a.x + a.width <= viewport.width && a.y + a.height <= viewport.height;

/** Opens the demo map; waits for the map to have loaded (not for every tile: the machine may be slow). */
async function onMap(page: Page) {
  await page.goto('/p/demo');
  await expect(page.locator('[data-testid="process-map"][data-map-loaded="true"]')).toBeVisible({ timeout: 60_000 });
}

async function placePoint(page: Page, text: string) {
  const map = await box(page.getByTestId('process-map'));
  await page.getByRole('button', { name: 'Point', exact: true }).click();
  await page.mouse.click(map.x + map.width / 2 + 20, map.y + map.height / 2 + 20);
  await page.getByLabel('Say something about this place').fill(text);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
}

/** Waits until the server has stored a new mark: it learns of it from the shared map a moment after the page shows it. */
async function markStored(page: Page, text: string) {
  await expect(async () => {
    const stored = await (await page.request.get('/api/processes/demo/annotations?format=geojson')).json();
    expect(stored.features.some((f: { properties: { text: string } }) => f.properties.text === text)).toBe(true);
  }).toPass({ timeout: 20_000 });
}

const axe = async (page: Page) => {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).exclude('.maplibregl-canvas').analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};

test('from the keyboard: the first Tab skips to the map, tabs follow the arrow keys, a mark opened from the list takes focus and gives it back', async ({ browser }) => {
  const page = await signedInPerson(browser, 'citizen@example.org');
  await onMap(page);
  await page.locator('body').focus();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the map' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.maplibregl-canvas')).toBeFocused();

  const marksTab = page.getByRole('tab', { name: /Marks/ });
  await marksTab.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Proposals' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Proposals' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('proposal-list')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(marksTab).toHaveAttribute('aria-selected', 'true');

  const first = page.getByTestId('annotation-list').getByRole('button').first();
  await first.focus();
  await page.keyboard.press('Enter');
  const card = page.getByTestId('annotation-card');
  await expect(card.locator('#card-title')).toBeFocused();
  await card.getByRole('button', { name: 'Close' }).click();
  await expect(first).toBeFocused();
});

test('saving a new mark takes focus to its card; editing it returns there', async ({ browser }) => {
  const page = await signedInPerson(browser, 'citizen@example.org');
  await onMap(page);
  await placePoint(page, `Focus goes to the card ${run}`);
  const card = page.getByTestId('annotation-card');
  await expect(card).toContainText(`Focus goes to the card ${run}`);
  await expect(card.locator('#card-title')).toBeFocused();
  await card.getByRole('button', { name: 'Edit text' }).click();
  await expect(page.getByLabel('Say something about this place')).toBeFocused();
  await page.getByLabel('Say something about this place').fill(`Focus came back ${run}`);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(card.locator('#card-title')).toBeFocused();
  await card.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
});

test('on a desktop the drawing tools stay one row, clear of the map where one clicks first', async ({ browser }) => {
  const page = await signedInPerson(browser, 'citizen@example.org');
  await onMap(page);
  const toolbar = page.getByRole('toolbar', { name: 'Drawing tools' });
  await page.getByRole('button', { name: 'Area', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Finish shape' })).toBeVisible();
  const tools = await box(toolbar);
  expect(tools.height).toBeLessThan(60);
  const viewControls = await box(page.locator('.map-view-controls'));
  expect(overlap(tools, viewControls)).toBe(false);
  expect(await axe(page)).toEqual([]);
});

test('on a phone the header keeps the brand and "Sign out", and the mark form rises as a sheet clear of the map controls', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/signin');
  await page.getByLabel('Email address').fill('citizen@example.org');
  await page.getByLabel('Password').fill('civictwin-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('user-identity')).toBeVisible();
  await onMap(page);

  const signOut = await box(page.getByRole('button', { name: 'Sign out' }));
  expect(inside(signOut, PHONE)).toBe(true);
  const brand = page.locator('.brand');
  const brandBox = await box(brand);
  for (const other of [page.locator('.top-bar-slot'), page.locator('.top-bar-actions')]) expect(overlap(brandBox, await box(other))).toBe(false);

  const toolbar = page.getByRole('toolbar', { name: 'Drawing tools' });
  expect(overlap(await box(toolbar), await box(page.locator('.map-view-controls')))).toBe(false);

  const map = await box(page.getByTestId('process-map'));
  await page.getByRole('button', { name: 'Point', exact: true }).click();
  await page.mouse.click(map.x + map.width / 2, map.y + map.height * 0.6);
  const form = page.getByRole('form', { name: 'New mark' });
  await expect(form).toBeVisible();
  const sheet = await box(form);
  expect(sheet.y + sheet.height).toBeGreaterThan(PHONE.height - 4);
  const save = await box(page.getByRole('button', { name: 'Save', exact: true }));
  expect(inside(save, PHONE)).toBe(true);
  expect(overlap(sheet, await box(toolbar))).toBe(false);
  await expect(page.locator('.map-view-controls')).toBeHidden();
  await page.getByLabel('Say something about this place').fill(`From a phone ${run}`);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const card = page.getByTestId('annotation-card');
  await expect(card).toContainText(`From a phone ${run}`);
  expect(inside(await box(card.getByRole('button', { name: 'Close' })), PHONE)).toBe(true);
  expect(await axe(page)).toEqual([]);
});

test('a visitor is offered nothing they may not do: no tools, no support, no comment form, no report', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/p/demo');
  await expect(page.getByRole('toolbar', { name: 'Drawing tools' })).toHaveCount(0);
  await page.getByTestId('annotation-list').getByRole('button').first().click();
  const card = page.getByTestId('annotation-card');
  await expect(card.getByText(/Sign in to comment|Sign in/).first()).toBeVisible();
  await expect(card.getByRole('button', { name: /Support/ })).toHaveCount(0);
  await expect(card.getByRole('button', { name: 'Report' })).toHaveCount(0);
  await expect(card.getByRole('button', { name: 'Edit text' })).toHaveCount(0);
  await expect(card.getByRole('textbox')).toHaveCount(0);
});

/** An admin closes or reopens the demo process through the API (no page does it yet). */
async function setDemoStatus(status: 'open' | 'closed') {
  const admin = await request.newContext({ baseURL });
  await apiSignIn(admin, 'admin@example.org');
  // `confirm`: reopening a process whose closing date has passed is asked for on purpose.
  const changed = await admin.patch('/api/processes/demo', { data: { status, confirm: true } });
  expect(changed.status(), await changed.text()).toBe(200);
  await admin.dispose();
}

test('in a closed process nobody but reading is offered: no tools, no edit, no comment form, no support', async ({ browser }) => {
  const page = await signedInPerson(browser, 'citizen@example.org');
  await onMap(page);
  await placePoint(page, `Before closing ${run}`);
  await markStored(page, `Before closing ${run}`);
  await setDemoStatus('closed');
  try {
    await page.reload();
    await expect(page.getByTestId('annotation-list')).toBeVisible();
    await expect(page.getByTestId('read-only-note')).toContainText('This process is closed');
    await expect(page.getByRole('toolbar', { name: 'Drawing tools' })).toHaveCount(0);
    await page.getByTestId('annotation-list').getByRole('button', { name: new RegExp(`Before closing ${run}`) }).click();
    const card = page.getByTestId('annotation-card');
    await expect(card).toBeVisible();
    await expect(card.getByRole('button', { name: 'Edit text' })).toHaveCount(0);
    await expect(card.getByRole('button', { name: 'Delete' })).toHaveCount(0);
    await expect(card.getByRole('button', { name: /Support/ })).toHaveCount(0);
    await expect(card.getByLabel('Write a comment')).toHaveCount(0);
  } finally {
    await setDemoStatus('open');
  }
});

test('a facilitator sees a hidden mark marked as hidden and restores it; a citizen no longer sees it until then', async ({ browser }) => {
  const sam = await signedInPerson(browser, 'citizen@example.org');
  await onMap(sam);
  await placePoint(sam, `Hide me then bring me back ${run}`);
  // Moderation acts on the stored mark.
  await markStored(sam, `Hide me then bring me back ${run}`);
  const fran = await signedInPerson(browser, 'facilitator@example.org');
  await fran.goto('/p/demo');
  const entry = (page: Page) => page.getByTestId('annotation-list').getByRole('button', { name: new RegExp(`Hide me then bring me back ${run}`) });
  await entry(fran).click();
  const card = fran.getByTestId('annotation-card');
  await card.getByRole('button', { name: 'Hide' }).click();
  await card.getByLabel('Reason shown to readers').fill('off topic');
  await card.getByRole('button', { name: 'Hide' }).click();
  await expect(card.getByTestId('mark-hidden-note')).toContainText('off topic');
  await expect(entry(fran)).toContainText('Hidden');
  await expect(entry(sam)).toHaveCount(0);

  await card.getByRole('button', { name: 'Restore' }).click();
  await card.getByLabel('Reason shown to readers').fill('fine after all');
  await card.getByRole('button', { name: 'Restore' }).click();
  await expect(card.getByTestId('mark-hidden-note')).toHaveCount(0);
  await expect(entry(fran)).not.toContainText('Hidden');
  await expect(entry(sam)).toBeVisible();
});

test('the moderation queue names items as people do, says what a bulk action did, and unblocks', async ({ browser }) => {
  const fran = await signedInPerson(browser, 'facilitator@example.org');
  const email = `spam-${run}@example.org`;
  expect((await fran.request.post('/api/users', { data: { name: `Spammer ${run}`, email, password: 'a long enough password' } })).status()).toBe(201);
  const spammer = await signedInPerson(browser, email, 'a long enough password');
  const sam = await signedInPerson(browser, 'citizen@example.org');
  const proposals = await (await sam.request.get('/api/processes/demo/proposals')).json();
  const target = proposals.proposals[0].id;
  for (let i = 0; i < 3; i += 1) {
    const created = await (await spammer.request.post('/api/comments', { data: { targetType: 'proposal', targetId: target, body: `Queue spam ${run} #${i}` } })).json();
    expect((await sam.request.post('/api/flags', { data: { targetType: 'comment', targetId: created.comment.id, reason: 'spam' } })).status()).toBe(201);
  }
  await fran.goto('/p/demo/moderation');
  const queue = fran.getByTestId('moderation-queue');
  await expect(queue.getByText(`Comment by Spammer ${run}`)).toHaveCount(3);
  await queue.getByRole('button', { name: `Block Spammer ${run}` }).first().click();
  await expect(fran.getByTestId('moderation-message')).toHaveText('Give a reason: readers see it where the item was.');
  await fran.getByLabel('Reason shown to readers').fill('spam');
  await queue.getByRole('button', { name: `Block Spammer ${run}` }).first().click();
  await expect(fran.getByTestId('moderation-message')).toContainText(`Spammer ${run} is blocked`);
  const blocked = fran.getByTestId('blocked-people');
  await expect(blocked).toContainText(`Spammer ${run}`);

  for (let i = 0; i < 3; i += 1) await queue.getByRole('checkbox', { name: new RegExp(`Queue spam ${run} #${i}`) }).check();
  await fran.getByRole('button', { name: 'Hide selected (3)' }).click();
  await expect(fran.getByTestId('moderation-message')).toHaveText('3 items hidden');

  await fran.getByLabel('Reason shown to readers').fill('appeal accepted');
  await blocked.getByRole('button', { name: `Unblock Spammer ${run}` }).click();
  await expect(fran.getByTestId('moderation-message')).toContainText(`Spammer ${run} is unblocked`);
  await expect(fran.locator('.blocked-people')).not.toContainText(`Spammer ${run}`);
  expect((await spammer.request.post('/api/comments', { data: { targetType: 'proposal', targetId: target, body: `Back again ${run}` } })).status()).toBe(201);
});

test('a new comment makes only the pages showing its thread fetch it, once', async ({ browser }) => {
  const sam = await signedInPerson(browser, 'citizen@example.org');
  const proposals = await (await sam.request.get('/api/processes/demo/proposals')).json();
  const [shown, other] = proposals.proposals;
  const count = (page: Page) => {
    const seen: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/comments') || url.pathname.startsWith('/api/processes/demo/proposals') || url.pathname.startsWith('/api/votes')) seen.push(`${url.pathname}${url.search}`);
    });
    return seen;
  };
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/p/demo/proposals/${shown.id}`);
  await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();
  const elsewhere = await (await browser.newContext()).newPage();
  await elsewhere.goto(`/p/demo/proposals/${other.id}`);
  await expect(elsewhere.getByRole('heading', { level: 1 })).toBeVisible();
  const onTheMap = await (await browser.newContext()).newPage();
  await onTheMap.goto('/p/demo');
  await expect(onTheMap.getByTestId('annotation-list')).toBeVisible();
  await reader.waitForTimeout(1500);
  const [readerRequests, elsewhereRequests, mapRequests] = [count(reader), count(elsewhere), count(onTheMap)];

  expect((await sam.request.post('/api/comments', { data: { targetType: 'proposal', targetId: shown.id, body: `Counted once ${run}` } })).status()).toBe(201);
  await expect(reader.getByTestId('comment').filter({ hasText: `Counted once ${run}` })).toBeVisible();
  await reader.waitForTimeout(2000);
  expect(readerRequests.filter((url) => url.startsWith('/api/comments'))).toHaveLength(1);
  expect(elsewhereRequests).toEqual([]);
  expect(mapRequests).toEqual([]);
});

test('a comment posted before the page’s live stream opens still appears once it opens', async ({ browser }) => {
  const sam = await signedInPerson(browser, 'citizen@example.org');
  const proposals = await (await sam.request.get('/api/processes/demo/proposals')).json();
  const shown = proposals.proposals[0];
  const reader = await (await browser.newContext()).newPage();
  let openStream = () => {};
  const streamMayOpen = new Promise<void>((resolve) => { openStream = resolve; });
  await reader.route('**/api/processes/demo/events', async (route) => {
    await streamMayOpen;
    await route.continue();
  });
  const threadFetched = reader.waitForResponse((response) => new URL(response.url()).pathname === '/api/comments');
  await reader.goto(`/p/demo/proposals/${shown.id}`);
  await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();
  await threadFetched;

  expect((await sam.request.post('/api/comments', { data: { targetType: 'proposal', targetId: shown.id, body: `Said while the stream was closed ${run}` } })).status()).toBe(201);
  await reader.waitForTimeout(1000);
  await expect(reader.getByText(`Said while the stream was closed ${run}`)).toHaveCount(0);
  openStream();
  await expect(reader.getByText(`Said while the stream was closed ${run}`)).toBeVisible();
});
