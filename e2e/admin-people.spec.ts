// The admin's people pages in a real browser: the last administrator cannot be demoted (said in
// words), and an invitation link gives its role once. Phone and desktop; axe on each page. (Making
// someone a facilitator is part of the admin's flow in e2e/admin.spec.ts.)
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { signedInPerson } from './support';

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

async function noAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('the last administrator is not demoted, and the admin reads why', async ({ browser }) => {
  const admin = await signedInPerson(browser, 'admin@example.org');
  await admin.goto('/admin/people?q=Alex');
  const row = admin.getByRole('row', { name: /Alex Morgan/ });
  await row.getByLabel('Role of Alex Morgan').selectOption('citizen');
  await row.getByRole('button', { name: 'Change role' }).click();
  await row.getByRole('button', { name: 'Yes, do it' }).click();
  await expect(row.getByRole('alert')).toHaveText('This is the last administrator. Make someone else an administrator first.');
});

for (const viewport of VIEWPORTS) {
  test(`an invitation link makes a facilitator once, then says it no longer works (${viewport.name})`, async ({ browser }) => {
    test.setTimeout(180_000);
    const admin = await signedInPerson(browser, 'admin@example.org');
    await admin.setViewportSize(viewport);
    await admin.goto('/admin/invitations');
    await admin.getByLabel('Role it gives').selectOption('facilitator');
    await admin.getByLabel('Who it is for (only you see this)').fill(`New facilitator (${viewport.name})`);
    await admin.getByRole('button', { name: 'Make a link' }).click();
    const link = await admin.getByTestId('invitation-link').inputValue();
    expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    await noAxeViolations(admin);

    const invited = await (await browser.newContext({ viewport })).newPage();
    await invited.goto(link);
    await expect(invited.getByText('You are invited to help run this city’s planning as Facilitator.')).toBeVisible();
    await noAxeViolations(invited);
    const email = `invited-${viewport.name}-${Date.now()}@example.org`;
    await invited.getByLabel('Your name (shown to others)').fill('Ivo Invited');
    await invited.getByLabel('Email address').fill(email);
    await invited.locator('input[name="password"]').fill('a long enough password');
    await invited.getByRole('button', { name: 'Create my account' }).click();
    await expect(invited.getByTestId('user-identity')).toContainText('Facilitator');

    const second = await (await browser.newContext({ viewport })).newPage();
    await second.goto(link);
    await expect(second.getByRole('main').getByRole('alert')).toHaveText('This invitation link does not work any more: it was used or it expired. Ask for a new one.');

    await admin.reload();
    await expect(admin.getByRole('row', { name: new RegExp(`New facilitator \\(${viewport.name}\\)`) })).toContainText('Used');
  });
}

test('an admin withdraws an invitation: its link stops working at once, and the audit log says so', async ({ browser }) => {
  const admin = await signedInPerson(browser, 'admin@example.org');
  await admin.goto('/admin/invitations');
  const label = `Withdrawn helper ${Date.now()}`;
  await admin.getByLabel('Who it is for (only you see this)').fill(label);
  await admin.getByRole('button', { name: 'Make a link' }).click();
  const link = await admin.getByTestId('invitation-link').inputValue();
  const row = admin.getByTestId('invitations').getByRole('row', { name: new RegExp(label) });
  await expect(row).toContainText('Not used yet');
  await row.getByRole('button', { name: `Withdraw the link for “${label}”` }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'no longer works' })).toHaveText(`Withdrawn: the link for “${label}” no longer works.`);
  await expect(row).toContainText('Withdrawn');
  await expect(row.getByRole('button')).toHaveCount(0);
  await noAxeViolations(admin);

  const invited = await (await browser.newContext()).newPage();
  await invited.goto(link);
  await expect(invited.getByRole('main').getByRole('alert')).toContainText('This invitation link does not work any more');
  await admin.goto('/admin/audit?action=invitation.revoke');
  await expect(admin.getByRole('row', { name: /Invitation withdrawn/ }).first()).toBeVisible();
});

test('the privacy page names the data controller, is linked from sign-up, and passes axe on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/signup');
  await page.getByRole('main').getByRole('link', { name: 'Privacy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy' })).toBeVisible();
  await expect(page.getByText('Demo City Council (illustrative)')).toBeVisible();
  await expect(page.getByText('A guest’s name is removed 30 days after their live session ends.')).toBeVisible();
  await noAxeViolations(page);
});
