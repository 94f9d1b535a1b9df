// Refusals for good: a person blocked, or whose account is deleted while the map is open elsewhere,
// is told once in words and the page stops reconnecting.
import { expect, test, type Browser, type Page } from '@playwright/test';

import { apiSignIn, closeContextsAfterEachTest, signedInPerson, waitForMapIdle } from './support';

const run = Date.now().toString(36);
const PASSWORD = 'a long enough password';

closeContextsAfterEachTest();

async function newCitizenOnMap(browser: Browser, name: string): Promise<{ page: Page; email: string; sockets: () => number }> {
  const email = `${name.toLowerCase()}-${run}@example.org`;
  const signup = await (await browser.newContext()).request.post('/api/users', { data: { name, email, password: PASSWORD } });
  expect(signup.status()).toBe(201);
  const page = await signedInPerson(browser, email, PASSWORD);
  let opened = 0;
  page.on('websocket', (socket) => {
    // The room is the path's last part: /process:<id>, or /collab/process:<id> behind nginx.
    if (/(^|\/)process:[^/]+$/.test(new URL(socket.url()).pathname)) opened += 1;
  });
  await page.goto('/p/demo');
  await waitForMapIdle(page);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  return { page, email, sockets: () => opened };
}

test('a person blocked while on the map is told once and the page stops reconnecting', async ({ browser }) => {
  const { page, sockets } = await newCitizenOnMap(browser, `Blocked${run}`);
  expect(sockets()).toBe(1);
  const userId = (await (await page.request.get('/api/auth/session')).json()).user.id;

  const fran = (await browser.newContext()).request;
  await apiSignIn(fran, 'facilitator@example.org');
  expect((await fran.post('/api/moderation/block', { data: { process: 'demo', userId, block: true, reason: 'spam' } })).status()).toBe(200);

  await expect(page.getByTestId('connection-ended')).toContainText('A moderator has paused your participation.', { timeout: 5000 });
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'ended');
  await expect(page.getByRole('toolbar', { name: 'Drawing tools' })).toHaveCount(0);
  await page.waitForTimeout(10_000);
  expect(sockets()).toBe(1);
  await expect(page.getByTestId('connection-ended')).toHaveCount(1);
});

test('a deleted account is refused a ticket, and its map open elsewhere ends for good', async ({ browser }) => {
  const { page, email, sockets } = await newCitizenOnMap(browser, `Leaving${run}`);
  const elsewhere = await signedInPerson(browser, email, PASSWORD);
  expect((await elsewhere.request.delete('/api/me', { data: { password: PASSWORD } })).status()).toBe(200);

  await expect(page.getByTestId('connection-ended')).toContainText('This account has been deleted.', { timeout: 5000 });
  const ticket = await page.request.get('/api/collab/token?process=demo');
  expect(ticket.status()).toBe(401);
  expect((await ticket.json()).error.code).toBe('account_deleted');
  await page.waitForTimeout(10_000);
  expect(sockets()).toBe(1);
});
