// Mail without a mail server: a new address is confirmed by mail and the person chooses their
// notifications; a reset asked for an unknown address sends nothing and answers the same; admins read
// the outbox. (The reset by mail end to end is in e2e/admin.spec.ts.)
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

import { linkIn } from '../server/mail/testing/read-mail';

import { mailsTo } from './outbox';
import { closeContextsAfterEachTest, signedInPerson } from './support';

closeContextsAfterEachTest();

async function expectNoAxeViolations(page: import('@playwright/test').Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

test('asking for an address without an account answers the same and sends nothing; admins see the outbox', async ({ browser, request }) => {
  const stranger = `nobody-${Date.now()}@example.org`;
  const response = await request.post('/api/password-reset', { data: { email: stranger } });
  expect(response.status()).toBe(202);
  const known = await request.post('/api/password-reset', { data: { email: 'citizen@example.org' } });
  expect(known.status()).toBe(202);
  expect(await known.json()).toEqual(await response.json());
  await expect.poll(() => mailsTo('citizen@example.org').length, { timeout: 20_000 }).toBeGreaterThan(0);
  expect(mailsTo(stranger)).toEqual([]);

  const admin = await signedInPerson(browser, 'admin@example.org');
  await admin.goto('/admin/mail');
  await expect(admin.getByRole('heading', { name: 'Mail' })).toBeVisible();
  await expect(admin.getByTestId('outbox').getByRole('row').filter({ hasText: 'citizen@example.org' }).first()).toContainText('Choose a new CivicTwin password');
  await expectNoAxeViolations(admin);

  const citizen = await signedInPerson(browser, 'citizen@example.org');
  const refused = await citizen.request.get('/admin/mail');
  expect(refused.status()).toBe(404);
});

test('a new account confirms its address by mail, once, and chooses its notification mails in /me (phone)', async ({ browser }) => {
  const email = `confirm-${Date.now()}@example.org`;
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })).newPage();
  await page.goto('/signup');
  await page.getByLabel('Your name (shown to others)').fill('Cleo Confirm');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page.getByTestId('user-identity')).toContainText('Cleo Confirm');

  await page.goto('/me');
  const state = page.getByTestId('email-confirmation');
  await expect(state).toContainText('Not confirmed yet.');
  await expect(state).toContainText('We send notification mails only to a confirmed address.');
  await state.getByRole('button', { name: 'Send the confirmation link again' }).click();
  await expect(state.getByRole('status')).toHaveText('Sent. Open the link in the mail.');
  await expectNoAxeViolations(page);

  const links = () => mailsTo(email).map((raw) => linkIn(raw, '/confirm-email/')).filter(Boolean).map((link) => new URL(link!).pathname);
  await expect.poll(() => links().length, { timeout: 20_000 }).toBe(2);
  // Sending again replaced the first link; the newest works once.
  const [first, second] = await Promise.all(links().map(async (path) => ({ path, ok: !(await (await page.request.get(path)).text()).includes('no longer works') })));
  const [working, replaced] = first.ok ? [first, second] : [second, first];
  expect(replaced.ok).toBe(false);
  await page.goto(working.path);
  await page.getByRole('button', { name: 'Confirm my email address' }).click();
  await expect(page.getByRole('status')).toContainText('Your email address is confirmed.');
  await expectNoAxeViolations(page);
  await page.goto(working.path);
  await expect(page.getByRole('main').getByRole('alert')).toContainText('This link no longer works');

  await page.goto('/me');
  await expect(state).toContainText('Confirmed.');
  await expect(state.getByRole('button', { name: 'Send the confirmation link again' })).toHaveCount(0);
  const choice = page.getByRole('group', { name: /Tell me when my proposal is answered/ });
  await expect(choice.getByRole('radio', { name: 'At once' })).toBeChecked();
  await choice.getByRole('radio', { name: 'In one mail a day' }).check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved. Notification mails from now on: In one mail a day.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('radio', { name: 'In one mail a day' })).toBeChecked();
});
