import { expect, test } from '@playwright/test';

import { signIn } from './support';

test('a person sees their activity, downloads their data and deletes their account', async ({ page }) => {
  const run = Date.now().toString(36);
  const email = `leaving-${run}@example.org`;
  expect((await page.request.post('/api/users', { data: { name: 'Robin Leaving', email, password: 'a long enough password' } })).status()).toBe(201);
  await signIn(page, email, 'a long enough password');
  await expect(page.getByTestId('user-identity')).toContainText('Robin Leaving');
  const created = await page.request.post('/api/processes/demo/proposals', { data: { title: `Bike parking ${run}`, body: 'Covered bike parking at the station.', category: 'idea', publish: true } });
  const id = (await created.json()).proposal.id;
  await page.request.post('/api/comments', { data: { targetType: 'proposal', targetId: id, body: 'And a pump for tyres.' } });

  await page.getByTestId('user-identity').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My activity');
  await expect(page.getByRole('link', { name: `Bike parking ${run}` })).toBeVisible();
  await expect(page.getByText('And a pump for tyres.')).toBeVisible();

  const data = await (await page.request.get('/api/me/export')).json();
  expect(data.account.email).toBe(email);
  expect(data.proposals.map((p: { title: string }) => p.title)).toContain(`Bike parking ${run}`);
  expect(data.comments.map((c: { body: string }) => c.body)).toContain('And a pump for tyres.');

  await page.getByLabel('Your password, to confirm').fill('not my password');
  await page.getByRole('button', { name: 'Delete my account for good' }).click();
  await expect(page.locator('.form-error')).toHaveText('That password is not right. Try again.');
  await page.getByLabel('Your password, to confirm').fill('a long enough password');
  await page.getByRole('button', { name: 'Delete my account for good' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

  await page.goto(`/p/demo/proposals/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bike parking ${run}`);
  await expect(page.locator('.proposal .meta')).toContainText('by a former participant');
  await expect(page.getByText('Robin Leaving')).toHaveCount(0);

  await signIn(page, email, 'a long enough password');
  await expect(page.locator('.form-error')).toBeVisible();
});
