// Hidden means hidden: once a facilitator hides a mark, its words are nowhere in another citizen's
// browser (the shared document kept in IndexedDB, the list, the export), fresh or with the mark
// cached; moderators still see it, and a restore brings it back.
import { expect, test, type Browser, type Page } from '@playwright/test';

import { apiSignIn, closeContextsAfterEachTest, signedInPerson, waitForMapIdle } from './support';

const run = Date.now().toString(36);
const PASSWORD = 'a long enough password';

closeContextsAfterEachTest();

async function citizenOnMap(browser: Browser, name: string): Promise<Page> {
  const email = `${name.toLowerCase()}-${run}@example.org`;
  const signup = await (await browser.newContext()).request.post('/api/users', { data: { name, email, password: PASSWORD } });
  expect(signup.status()).toBe(201);
  const page = await signedInPerson(browser, email, PASSWORD);
  await page.goto('/p/demo');
  await waitForMapIdle(page);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  return page;
}

/** Whether any of this page's stored shared maps (y-indexeddb) holds the text, read with IndexedDB itself. */
function storedMapsHold(page: Page, text: string): Promise<boolean> {
  return page.evaluate(async (needle) => {
    const request = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    for (const { name } of await indexedDB.databases()) {
      if (!name?.startsWith('civictwin:')) continue;
      const db = await request(indexedDB.open(name));
      if (db.objectStoreNames.contains('updates')) {
        const updates = await request(db.transaction('updates', 'readonly').objectStore('updates').getAll());
        if (updates.some((update: Uint8Array) => new TextDecoder().decode(update).includes(needle))) {
          db.close();
          return true;
        }
      }
      db.close();
    }
    return false;
  }, text);
}

const listed = (page: Page, text: string) => page.getByTestId('annotation-list').getByRole('button', { name: new RegExp(text) });

test('a hidden mark leaves other browsers, cached or fresh, and the export; a restore brings it back', async ({ browser }) => {
  test.setTimeout(180_000); // four people in their own browsers
  const text = `Insulting words ${run}`;
  const sam = await signedInPerson(browser, 'citizen@example.org');
  await sam.goto('/p/demo');
  await waitForMapIdle(sam);
  const cached = await citizenOnMap(browser, `Kim${run}`);

  // Sam draws a point (the text is what matters here).
  const box = (await sam.getByTestId('process-map').boundingBox())!;
  await sam.getByRole('button', { name: 'Point', exact: true }).click();
  await sam.mouse.click(box.x + box.width / 2 + 70, box.y + box.height / 2 - 30);
  await sam.getByLabel('Say something about this place').fill(text);
  await sam.getByRole('radio', { name: 'Idea' }).check();
  await sam.getByRole('button', { name: 'Save' }).click();
  await expect(listed(cached, text)).toBeVisible();
  await expect.poll(() => storedMapsHold(cached, text), { timeout: 10_000 }).toBe(true);

  const fran = (await browser.newContext()).request;
  await apiSignIn(fran, 'facilitator@example.org');
  let id = '';
  await expect(async () => {
    const features = (await (await fran.get('/api/processes/demo/annotations?format=geojson')).json()).features as { id: string; properties: { text: string } }[];
    id = features.find((f) => f.properties.text === text)?.id ?? '';
    expect(id).not.toBe('');
  }).toPass({ timeout: 10_000 });
  const hide = await fran.post('/api/moderation', { data: { action: 'hide', targets: [{ targetType: 'annotation', targetId: id }], reason: 'insult' } });
  expect(hide.status()).toBe(200);

  await expect(listed(cached, text)).toHaveCount(0);
  await expect.poll(() => storedMapsHold(cached, text), { timeout: 10_000 }).toBe(false);
  const fresh = await citizenOnMap(browser, `Lou${run}`);
  await fresh.waitForTimeout(1500);
  await expect(listed(fresh, text)).toHaveCount(0);
  expect(await storedMapsHold(fresh, text)).toBe(false);
  const exported = await (await fresh.request.get('/api/processes/demo/annotations?format=geojson')).text();
  expect(exported).not.toContain(text);

  // Moderators see it, marked as hidden, with its words; others learn its id at most.
  const forModerators = (await (await fran.get('/api/processes/demo/hidden')).json()).annotations;
  expect(forModerators.find((a: { id: string }) => a.id === id)).toMatchObject({ reason: 'insult', annotation: { text, authorName: 'Sam Okafor' } });
  expect(JSON.stringify((await (await fresh.request.get('/api/processes/demo/hidden')).json()))).not.toContain(text);

  const restore = await fran.post('/api/moderation', { data: { action: 'restore', targets: [{ targetType: 'annotation', targetId: id }], reason: 'on second thought' } });
  expect(restore.status()).toBe(200);
  await expect(listed(cached, text)).toBeVisible();
  await expect(listed(fresh, text)).toBeVisible();
  await listed(fresh, text).click();
  await expect(fresh.getByTestId('annotation-card')).toContainText('by Sam Okafor');
});
