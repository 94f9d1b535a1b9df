// Mail without a mail server: the reset mail lands as an .eml file in the outbox folder the suite
// configured (playwright.config.ts), and its link works once.
import fs from 'node:fs';
import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

import { headerOf, linkIn } from '../server/mail/testing/read-mail';

import { closeContextsAfterEachTest, signIn, signedInPerson } from './support';

const OUTBOX = path.resolve(process.env.CIVICTWIN_OUTBOX ?? 'test-results/outbox');
const PHONE = { width: 390, height: 844 };

closeContextsAfterEachTest();

/** The .eml files addressed to `email`, as their raw text. */
function mailsTo(email: string): string[] {
  if (!fs.existsSync(OUTBOX)) return [];
  return fs
    .readdirSync(OUTBOX)
    .filter((file) => file.endsWith('.eml'))
    .map((file) => fs.readFileSync(path.join(OUTBOX, file), 'utf8'))
    .filter((raw) => headerOf(raw, 'To') === email);
}

async function expectNoAxeViolations(page: import('@playwright/test').Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

test('a forgotten password is reset by mail on a phone, once; other sessions end', async ({ browser, request }) => {
  const email = `reset-${Date.now()}@example.org`;
  const created = await request.post('/api/users', { data: { name: 'Rosa Reset', email, password: 'the first password' } });
  expect(created.status()).toBe(201);
  const elsewhere = await signedInPerson(browser, email, 'the first password');

  const phone = await (await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true })).newPage();
  await phone.goto('/signin');
  await phone.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(phone.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
  await expectNoAxeViolations(phone);
  await phone.getByLabel('Email address').fill(email);
  await phone.getByRole('button', { name: 'Send me a link' }).click();
  await expect(phone.getByRole('status')).toContainText('If an account uses this address');

  await expect.poll(() => mailsTo(email).length, { timeout: 20_000 }).toBe(1);
  const [mail] = mailsTo(email);
  expect(headerOf(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
  const link = linkIn(mail, '/reset-password/')!;
  expect(link).toMatch(/\/reset-password\/[\w-]{43}$/);
  const resetPath = new URL(link).pathname;

  await phone.goto(resetPath);
  await expect(phone.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await expectNoAxeViolations(phone);
  await phone.getByLabel('New password').fill('the second password');
  await phone.getByRole('button', { name: 'Save my new password' }).click();
  await expect(phone.getByRole('status')).toContainText('signed out everywhere else');

  // The session opened before the reset no longer counts.
  await elsewhere.goto('/me');
  await expect(elsewhere).toHaveURL(/\/signin/);

  // The link works once.
  await phone.goto(resetPath);
  await expect(phone.getByText('This link no longer works')).toBeVisible();
  const again = await request.post('/api/password-reset/confirm', { data: { token: resetPath.split('/').pop(), password: 'a third password!' } });
  expect(again.status()).toBe(410);
  expect((await again.json()).error.code).toBe('invalid_link');

  await signIn(phone, email, 'the second password');
  await expect(phone.getByTestId('user-identity')).toBeVisible();
});

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
