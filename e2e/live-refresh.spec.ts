import { expect, test } from '@playwright/test';

import { apiSignIn, closeContextsAfterEachTest, signedInPerson } from './support';

closeContextsAfterEachTest();

// A proposal page is the server's render; its event stream opens a moment later. A councillor's answer
// in between used to be missed until the next signal: the stream now opens with the last minute's signals.
test('an answer given between a proposal page’s render and its live stream opening still reaches the page', async ({ browser, playwright, baseURL }) => {
  const sam = await signedInPerson(browser, 'citizen@example.org');
  const created = await sam.request.post('/api/processes/demo/proposals', { data: { title: `Benches on Cheapside ${Date.now()}`, body: 'Three benches in the shade.', category: 'idea', publish: true } });
  expect(created.status()).toBe(201);
  const { id } = ((await created.json()) as { proposal: { id: string } }).proposal;

  // The stream is held until the answer is in.
  let release = () => {};
  const answered = new Promise<void>((resolve) => (release = resolve));
  await sam.route('**/api/processes/demo/events', async (route) => {
    await answered;
    await route.continue();
  });
  await sam.goto(`/p/demo/proposals/${id}`);
  await expect(sam.getByTestId('proposal-status')).toHaveText('Published');

  const maria = await playwright.request.newContext({ baseURL });
  await apiSignIn(maria, 'councillor@example.org');
  const answer = await maria.post(`/api/proposals/${id}/status`, { data: { status: 'accepted', answer: 'Accepted: the benches come in spring.' } });
  expect(answer.status()).toBe(200);
  await maria.dispose();
  release();

  await expect(sam.getByTestId('proposal-status')).toHaveText('Accepted');
  await expect(sam.getByTestId('official-answer')).toContainText('the benches come in spring');
});
