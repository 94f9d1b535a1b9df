// Councillors download the exports and open the printable report; everyone reads "You said, we did",
// with the layers a councillor chose when answering; citizens and visitors are refused the exports.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';

import { apiSignIn, closeContextsAfterEachTest, signedInPerson } from './support';

const run = Date.now().toString(36);
closeContextsAfterEachTest();

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a councillor opens the report and downloads each export from it', async ({ browser }) => {
  const maria = await signedInPerson(browser, 'councillor@example.org');
  await maria.goto('/p/demo/review');
  await maria.getByRole('link', { name: 'Printable report' }).click();
  await expect(maria).toHaveURL(/\/p\/demo\/review\/report$/);
  await expect(maria.getByRole('heading', { level: 1 })).toContainText('Report:');
  await expect(maria.getByTestId('report-themes').getByRole('listitem').first()).toBeVisible();
  await expect(maria.getByTestId('report-figures')).toContainText('Proposals');
  await expect(maria.getByText('Accepted. The highways team has checked the pavement width')).toBeVisible();
  await expect(maria.getByRole('img', { name: /Map of the territory with \d+ marks/ })).toBeVisible();
  await expectAccessible(maria);

  const downloads = maria.getByRole('navigation', { name: 'Downloads' });
  for (const [name, pattern] of [['Marks (CSV)', /^demo-marks-\d{4}-\d{2}-\d{2}\.csv$/], ['Marks (GeoJSON)', /^demo-marks-.*\.geojson$/], ['Proposals (CSV)', /^demo-proposals-.*\.csv$/], ['Proposals (GeoJSON)', /^demo-proposals-.*\.geojson$/], ['Comments (CSV)', /^demo-comments-.*\.csv$/]] as const) {
    const [download] = await Promise.all([maria.waitForEvent('download'), downloads.getByRole('link', { name }).click()]);
    expect(download.suggestedFilename()).toMatch(pattern);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    const text = bytes.toString('utf8');
    expect(text).not.toMatch(/@example\.org/);
    if (name.endsWith('(CSV)')) {
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.data.length).toBeGreaterThan(0);
    } else {
      expect(JSON.parse(text).type).toBe('FeatureCollection');
    }
  }
});

test('an answer given with chosen layers shows on the outcomes page to a visitor, and in My activity', async ({ browser }) => {
  const sam = await signedInPerson(browser, 'citizen@example.org');
  const maria = await signedInPerson(browser, 'councillor@example.org');
  await sam.goto('/p/demo/proposals/new');
  await sam.getByLabel('Title').fill(`Flood gates for Queenhithe ${run}`);
  await sam.getByLabel('Your proposal').fill('Put removable flood gates at the dock entrance.');
  await sam.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(sam.getByRole('heading', { level: 1 })).toHaveText(`Flood gates for Queenhithe ${run}`);

  await maria.goto(sam.url());
  await maria.getByLabel('New status').selectOption('accepted');
  await maria.getByLabel('Answer to the author and supporters').fill(`Accepted ${run}: the gates go in next spring.`);
  const layers = maria.getByRole('group', { name: 'Layers shown with this answer' });
  await layers.getByLabel('Green space').uncheck();
  await layers.getByLabel('Flood risk bands').check();
  await layers.getByLabel('River and water').uncheck();
  await maria.getByRole('button', { name: 'Publish the answer' }).click();
  await expect(maria.getByTestId('official-answer')).toContainText(`Accepted ${run}`);

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/p/demo');
  await visitor.getByRole('link', { name: 'You said, we did: the answers' }).click();
  await expect(visitor).toHaveURL(/\/p\/demo\/outcomes$/);
  const outcome = visitor.getByTestId('outcome').filter({ hasText: `Flood gates for Queenhithe ${run}` });
  await expect(outcome).toContainText(`Accepted ${run}: the gates go in next spring.`);
  await expect(outcome).toContainText('Layers shown with the answer: Flood risk bands');
  await expect(visitor.getByTestId('outcome').filter({ hasText: 'Plane trees along Fleet Street' })).toContainText('Layers shown with the answer: Green space, Buildings by height');
  await expectAccessible(visitor);

  await sam.goto('/me');
  await expect(sam.getByTestId('my-answers')).toContainText(`Flood gates for Queenhithe ${run}`);
  await expect(sam.getByTestId('my-answers')).toContainText(`Accepted ${run}`);
});

test('citizens get 403 and visitors 401 on the exports; a citizen cannot open the report', async ({ browser }) => {
  const sam = await signedInPerson(browser, 'citizen@example.org');
  for (const query of ['format=csv&what=marks', 'format=geojson&what=proposals', 'format=csv&what=comments']) {
    const refused = await sam.request.get(`/api/processes/demo/export?${query}`);
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error.code).toBe('forbidden');
  }
  const visitor = await (await browser.newContext()).newPage();
  expect((await visitor.request.get('/api/processes/demo/export?format=csv&what=marks')).status()).toBe(401);
  await sam.goto('/p/demo/review/report');
  await expect(sam.getByRole('heading', { level: 1 })).toHaveText('Only for councillors and administrators');
});

test('a guest who joined a live session by its code gets 403 on the review API and on every export', async ({ playwright, baseURL }) => {
  const facilitator = await playwright.request.newContext({ baseURL });
  await apiSignIn(facilitator, 'facilitator@example.org');
  const created = await facilitator.post('/api/processes/demo/sessions', { data: { title: 'Guests cannot review' } });
  expect(created.status()).toBe(201);
  const { id, code } = await created.json();
  const guest = await playwright.request.newContext({ baseURL });
  try {
    const joined = await guest.post('/api/join', { data: { code: ` ${code.toLowerCase()} `, name: 'Visitor at the town hall' } });
    expect(joined.status()).toBe(200);
    expect((await (await guest.get('/api/auth/session')).json()).user.role).toBe('guest');
    for (const path of ['review', 'review/places', 'review/themes', 'review/districts', 'export?format=csv&what=marks', 'export?format=geojson&what=proposals', 'export?format=csv&what=comments']) {
      const refused = await guest.get(`/api/processes/demo/${path}`);
      expect(refused.status(), path).toBe(403);
      expect((await refused.json()).error.code, path).toBe('forbidden');
    }
  } finally {
    expect((await facilitator.post(`/api/processes/demo/sessions/${id}/end`)).status()).toBe(200);
    await guest.dispose();
    await facilitator.dispose();
  }
});
