// Issue 13's flow in a real browser: an admin creates a process on a drawn territory with its kinds
// of marks, opens it, a citizen marks it, the admin makes someone a facilitator, closes the process
// (an open map stops taking edits), and that person resets a forgotten password by mail. The
// description is formatted with the editor's toolbar and keys, and shows so on the public page.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

import { headerOf, linkIn } from '../server/mail/testing/read-mail';

import { mailsTo } from './outbox';
import { closeContextsAfterEachTest, signIn, signedInPerson, waitForMapIdle } from './support';

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

const FORMATTED = '<h2>Why</h2><p>Shade for <strong>hot</strong> summers.</p><ul><li><p>Trees by the river</p></li><li><p>Rain gardens</p></li></ul>'
  + '<p>Read <a rel="noopener noreferrer nofollow" href="https://city.example/plan">the plan</a></p>'
  + '<p>See <a rel="noopener noreferrer nofollow" href="https://city.example/map">the map</a></p><p>Pasted from Word: <strong>bold</strong> text</p>';

/** Moves the page's selection to the last paragraph's closing `words` and sends a key in the same task. */
async function keyRightAfterSelecting(text: Locator, words: string, how: 'select' | 'end', key: 'k' | 'Enter') {
  await text.evaluate((element, { words, how, key }) => {
    const node = [...element.querySelectorAll('p')].map((paragraph) => paragraph.lastChild?.lastChild ?? paragraph.lastChild).find((last) => last?.textContent?.endsWith(words));
    if (!node?.textContent) throw new Error(`no paragraph ends with "${words}"`);
    const end = node.textContent.length;
    element.ownerDocument.getSelection()?.setBaseAndExtent(node, how === 'select' ? end - words.length : end, node, end);
    const code = key === 'k' ? { key: 'k', code: 'KeyK', keyCode: 75, ctrlKey: true } : { key: 'Enter', code: 'Enter', keyCode: 13 };
    element.dispatchEvent(new KeyboardEvent('keydown', { ...code, bubbles: true, cancelable: true }));
  }, { words, how, key });
}

/**
 * The description written with the toolbar and its keys: a heading (the toolbar, by keyboard), bold
 * (Ctrl+B), a list (arrow keys along the toolbar), a link (Ctrl+K), then text pasted from Word.
 */
async function formatDescription(page: Page, group: ReturnType<Page['getByRole']>) {
  const text = group.getByRole('textbox', { name: 'Description' });
  const toolbar = group.getByRole('toolbar', { name: 'Formatting' });
  await text.click();
  // Each typed text is waited for before the next command key: under load the editor may not have read the last key yet.
  await page.keyboard.type('Why');
  await expect(text).toHaveText('Why');
  await page.keyboard.press('Shift+Tab');
  await expect(toolbar.getByRole('button', { name: 'Heading', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toolbar.getByRole('button', { name: 'Heading', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(text).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Shade for ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('hot');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' summers.');
  await expect(text).toContainText('hot summers.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Bulleted list' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(toolbar.getByRole('button', { name: 'Bulleted list' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('Trees by the river');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Rain gardens');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Read the plan');
  await expect(text).toContainText('Read the plan');
  for (let step = 0; step < 'the plan'.length; step += 1) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Control+k');
  await expect(group.getByLabel('Link address')).toBeFocused();
  await page.keyboard.type('city.example/plan');
  await page.keyboard.press('Enter');
  await expect(text).toBeFocused();
  await expect(text.getByRole('link', { name: 'the plan' })).toHaveAttribute('href', 'https://city.example/plan');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('See the map');
  await expect(text).toContainText('See the map');
  // Keys pressed before the browser reports a new selection (as on a busy machine) act on that selection:
  // Ctrl+K links the words just selected, and Enter after End keeps them.
  await keyRightAfterSelecting(text, 'the map', 'select', 'k');
  await expect(group.getByLabel('Link address')).toBeFocused();
  await page.keyboard.type('city.example/map');
  await page.keyboard.press('Enter');
  await expect(text.getByRole('link', { name: 'the map' })).toHaveAttribute('href', 'https://city.example/map');
  await keyRightAfterSelecting(text, 'the map', 'end', 'Enter');
  // What Word puts on the clipboard: classes, inline styles, spans, its own tags, and an image that runs script.
  await text.evaluate((element) => {
    const data = new DataTransfer();
    data.setData('text/html', '<p class="MsoNormal" style="color:red"><span style="font-family:Calibri">Pasted from Word: <b>bold</b> text</span><o:p></o:p><img src="x" onerror="window.pwned=1"></p>');
    data.setData('text/plain', 'Pasted from Word: bold text');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(text).toContainText('Pasted from Word: bold text');
  expect(await text.evaluate((element) => element.querySelectorAll('span, img, [style], [class]:not(.ProseMirror-trailingBreak)').length)).toBe(0);
}

test('an admin creates a process on a drawn territory, opens it, a citizen marks it, the admin makes someone a facilitator, closes it, and a password is reset by mail', async ({ browser, request }) => {
  test.setTimeout(240_000);
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
  await formatDescription(admin, english);
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
  const sent = admin.waitForRequest((req) => req.method() === 'POST' && new URL(req.url()).pathname === '/api/processes');
  const answered = admin.waitForResponse((res) => res.request().method() === 'POST' && new URL(res.url()).pathname === '/api/processes');
  await admin.getByRole('button', { name: 'Create a process' }).click();
  // The editor writes only what the server's sanitiser keeps: the description is stored exactly as sent.
  expect((await sent).postDataJSON().description).toBe(FORMATTED);
  expect((await (await answered).json()).description).toBe(FORMATTED);
  await expect(admin).toHaveURL(new RegExp(`/admin/processes/${slug}$`));
  await expect(admin.getByRole('heading', { level: 1 })).toContainText(`Trees for the riverside ${run}`);
  await axeClean(admin);

  // A draft: citizens cannot see it yet.
  const citizen = await signedInPerson(browser, 'citizen@example.org');
  expect((await citizen.request.get(`/api/processes/${slug}`)).status()).toBe(404);

  await admin.getByLabel('Status', { exact: true }).selectOption('open');
  await admin.getByRole('button', { name: 'Save changes' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  const view = await (await citizen.request.get(`/api/processes/${slug}`)).json();
  expect(view).toMatchObject({ status: 'open', question: 'Where should new trees go?', description: FORMATTED });

  await citizen.goto(`/p/${slug}`);
  await waitForMapIdle(citizen);
  await expect(citizen.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  await expect(citizen.getByRole('heading', { level: 1 })).toHaveText(`Trees for the riverside ${run}`);
  const shown = citizen.locator('.process-description');
  await expect(shown.getByRole('heading', { level: 2, name: 'Why' })).toBeVisible();
  await expect(shown.getByRole('listitem')).toHaveText(['Trees by the river', 'Rain gardens']);
  await expect(shown.getByRole('link', { name: 'the plan' })).toHaveAttribute('href', 'https://city.example/plan');
  // Styled as formatted text, not as the browser's bare defaults.
  expect(await shown.getByRole('heading', { level: 2 }).evaluate((h) => getComputedStyle(h).fontSize)).toBe('18px');
  expect(await shown.getByRole('link', { name: 'the plan' }).evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('underline');
  await markPoint(citizen, [-40, -20], `Plane tree here ${run}`, 'Tree spot');
  await expect.poll(() => marksOf(admin, slug), { timeout: 10_000 }).toContain(`Plane tree here ${run}`);

  // The admin makes someone a facilitator: their very next page has the facilitator's tools.
  const person = { name: `Rosa Reset ${run}`, email: `rosa-${run}@example.org` };
  expect((await request.post('/api/users', { data: { name: person.name, email: person.email, password: 'the first password' } })).status()).toBe(201);
  const rosa = await signedInPerson(browser, person.email, 'the first password');
  await expect(rosa.getByTestId('user-identity')).toContainText('Citizen');
  const people = await signedInPerson(browser, 'admin@example.org');
  await people.goto(`/admin/people?q=${encodeURIComponent(person.email)}`);
  const row = people.getByRole('row', { name: new RegExp(person.name) });
  await row.getByLabel(`Role of ${person.name}`).selectOption('facilitator');
  await row.getByRole('button', { name: 'Change role' }).click();
  await expect(row.getByText(`Make ${person.name} Facilitator?`)).toBeVisible();
  await row.getByRole('button', { name: 'Yes, do it' }).click();
  await expect(row.getByRole('cell', { name: 'Facilitator', exact: true })).toBeVisible();
  await rosa.goto(`/p/demo`, { waitUntil: 'domcontentloaded' });
  await expect(rosa.getByTestId('user-identity')).toContainText('Facilitator');
  await expect(rosa.getByRole('link', { name: 'Moderation queue' })).toBeVisible();
  await people.goto('/admin/audit?action=user.role');
  await expect(people.getByRole('row', { name: /Role changed/ }).filter({ hasText: '"to":"facilitator"' }).first()).toBeVisible();

  // Closing stops the map that is still open in the citizen's browser.
  await admin.getByLabel('Status', { exact: true }).selectOption('closed');
  await admin.getByRole('button', { name: 'Save changes' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await citizen.waitForTimeout(1000);
  await markPoint(citizen, [40, 20], `Too late ${run}`, 'Tree spot');
  await expect(citizen.getByText('The map has been reloaded from the server.', { exact: false })).toBeVisible({ timeout: 10_000 });
  await citizen.waitForTimeout(1500);
  expect(await marksOf(admin, slug)).not.toContain(`Too late ${run}`);

  // Closed processes are listed after the open ones, with their outcomes.
  await citizen.goto('/');
  const closed = citizen.getByRole('region', { name: 'Closed: what came of them' });
  await expect(closed.getByRole('link', { name: `See the outcomes: Trees for the riverside ${run}` })).toHaveAttribute('href', `/p/${slug}/outcomes`);

  // The new facilitator forgot their password: a link by mail (an .eml in CIVICTWIN_OUTBOX), on a phone, works once.
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })).newPage();
  await phone.goto('/signin');
  await phone.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(phone.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
  await axeClean(phone);
  await phone.getByLabel('Email address').fill(person.email);
  await phone.getByRole('button', { name: 'Send me a link' }).click();
  await expect(phone.getByRole('status')).toContainText('If an account uses this address');
  await expect.poll(() => mailsTo(person.email).filter((mail) => linkIn(mail, '/reset-password/')).length, { timeout: 20_000 }).toBe(1);
  const mail = mailsTo(person.email).find((raw) => linkIn(raw, '/reset-password/'))!;
  expect(headerOf(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
  const resetPath = new URL(linkIn(mail, '/reset-password/')!).pathname;
  expect(resetPath).toMatch(/^\/reset-password\/[\w-]{43}$/);

  await phone.goto(resetPath);
  await expect(phone.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await axeClean(phone);
  await phone.getByLabel('New password').fill('the second password');
  await phone.getByRole('button', { name: 'Save my new password' }).click();
  await expect(phone.getByRole('status')).toContainText('signed out everywhere else');
  // The session opened before the reset no longer counts, and the link works once.
  await rosa.goto('/me');
  await expect(rosa).toHaveURL(/\/signin/);
  await phone.goto(resetPath);
  await expect(phone.getByText('This link no longer works')).toBeVisible();
  const again = await request.post('/api/password-reset/confirm', { data: { token: resetPath.split('/').pop(), password: 'a third password!' } });
  expect(again.status()).toBe(410);
  expect((await again.json()).error.code).toBe('invalid_link');
  await signIn(phone, person.email, 'the second password');
  await expect(phone.getByTestId('user-identity')).toContainText('Facilitator');
});

test('the admin pages work on a phone and are accessible; others cannot enter', async ({ browser }) => {
  const admin = await signedInPerson(browser, 'admin@example.org');
  await admin.setViewportSize({ width: 390, height: 844 });
  await admin.goto('/admin/processes');
  await expect(admin.getByRole('link', { name: /Edit Riverside lighting/ })).toBeVisible();
  await axeClean(admin);
  await admin.goto('/admin/people');
  await expect(admin.getByLabel('Role of Sam Okafor')).toBeVisible();
  await axeClean(admin);
  await admin.goto('/admin/processes/new');
  await expect(admin.getByTestId('territory-map')).toHaveAttribute('data-map-loaded', 'true', { timeout: 60_000 });
  // The formatting toolbar works on a phone-sized screen, with its link field open too.
  const english = admin.getByRole('group', { name: /In English/ });
  await english.getByRole('textbox', { name: 'Description' }).click();
  await english.getByRole('button', { name: 'Numbered list' }).click();
  await expect(english.getByRole('button', { name: 'Numbered list' })).toHaveAttribute('aria-pressed', 'true');
  await english.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(english.getByLabel('Link address')).toBeVisible();
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
