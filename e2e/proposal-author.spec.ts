import { expect, test } from '@playwright/test';

import { closeContextsAfterEachTest, signedInPerson } from './support';

const run = Date.now().toString(36);
closeContextsAfterEachTest();

test('an author edits their proposal until it is answered, and withdraws it after confirming', async ({ browser }) => {
  const sam = await signedInPerson(browser, 'citizen@example.org');
  const created = await sam.request.post('/api/processes/demo/proposals', { data: { title: `Shade sails ${run}`, body: 'Over the playground.', category: 'idea', publish: true } });
  const id = (await created.json()).proposal.id;
  await sam.goto(`/p/demo/proposals/${id}`);

  // The author changes the words and the category.
  await sam.getByRole('button', { name: 'Edit my proposal' }).click();
  await sam.getByRole('textbox', { name: /^Title/ }).fill(`Shade sails over the playground ${run}`);
  await sam.getByRole('textbox', { name: /^Your proposal/ }).fill('Shade sails over the playground: the slide is too hot to touch in July.');
  await sam.getByLabel('Category').selectOption({ label: 'Concern' });
  await sam.getByRole('button', { name: 'Save changes' }).click();
  await expect(sam.getByRole('heading', { level: 1 })).toHaveText(`Shade sails over the playground ${run}`);
  await expect(sam.locator('.proposal-body')).toHaveText('Shade sails over the playground: the slide is too hot to touch in July.');
  await expect(sam.getByTestId('proposal-place')).toContainText('Category: Concern');

  // Nobody else may, and a facilitator sees no such buttons.
  const kimEmail = `kim-${run}@example.org`;
  expect((await sam.request.post('/api/users', { data: { name: 'Kim Larsen', email: kimEmail, password: 'a long enough password' } })).status()).toBe(201);
  const kim = await signedInPerson(browser, kimEmail, 'a long enough password');
  const refused = await kim.request.patch(`/api/proposals/${id}`, { data: { title: 'Mine now', body: 'Taken over.', category: 'idea' } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.code).toBe('not_yours');
  expect((await kim.request.patch(`/api/proposals/${id}`, { data: { status: 'withdrawn' } })).status()).toBe(403);
  const fran = await signedInPerson(browser, 'facilitator@example.org');
  await fran.goto(`/p/demo/proposals/${id}`);
  await expect(fran.getByRole('button', { name: 'Edit my proposal' })).toHaveCount(0);
  await expect(fran.getByRole('button', { name: 'Withdraw my proposal' })).toHaveCount(0);

  // Once answered, its words stay as they were answered.
  const maria = await signedInPerson(browser, 'councillor@example.org');
  expect((await maria.request.post(`/api/proposals/${id}/status`, { data: { status: 'under_review', answer: 'We are checking the playground with the parks team.' } })).status()).toBe(200);
  await sam.reload();
  await expect(sam.getByTestId('proposal-status')).toHaveText('Under review');
  await expect(sam.getByRole('button', { name: 'Edit my proposal' })).toHaveCount(0);
  const late = await sam.request.patch(`/api/proposals/${id}`, { data: { title: 'Changed after the answer', body: 'Too late.', category: 'idea' } });
  expect(late.status()).toBe(409);
  expect((await late.json()).error.code).toBe('proposal_answered');

  // Withdrawing asks first; keeping it changes nothing.
  await sam.getByRole('button', { name: 'Withdraw my proposal' }).click();
  await expect(sam.getByText(/Withdraw this proposal\?/)).toBeFocused();
  await sam.getByRole('button', { name: 'Keep it' }).click();
  await expect(sam.getByTestId('proposal-status')).toHaveText('Under review');
  await sam.getByRole('button', { name: 'Withdraw my proposal' }).click();
  await sam.getByRole('button', { name: 'Yes, withdraw it' }).click();
  for (const page of [sam, kim]) {
    if (page === kim) await kim.goto(`/p/demo/proposals/${id}`);
    await expect(page.getByTestId('proposal-status')).toHaveText('Withdrawn');
  }
  await expect(sam.getByRole('button', { name: 'Withdraw my proposal' })).toHaveCount(0);
  await expect(maria.request.post(`/api/proposals/${id}/status`, { data: { status: 'accepted', answer: 'Too late.' } }).then((r) => r.status())).resolves.toBe(409);
  expect((await sam.request.patch(`/api/proposals/${id}`, { data: { status: 'withdrawn' } })).status()).toBe(409);

  // The list shows it as withdrawn too.
  const listed = await (await kim.request.get('/api/processes/demo/proposals')).json();
  expect(listed.proposals.find((p: { id: string }) => p.id === id)?.status).toBe('withdrawn');
});
