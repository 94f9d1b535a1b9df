import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

import { endLiveSessions } from './live-support';
import { closeContextsAfterEachTest, signedInPerson, waitForMapIdle } from './support';

closeContextsAfterEachTest();
test.setTimeout(180_000);
test.use({ actionTimeout: 15_000 });

test('a proposal page turns support and comments off with the reason in a phase that allows neither, and back on when the facilitator moves on', async ({ browser, playwright, baseURL }) => {
  const newContext = () => playwright.request.newContext({ baseURL });
  await endLiveSessions(newContext);
  try {
    const fran = await signedInPerson(browser, 'facilitator@example.org');
    await fran.goto('/p/demo/live');
    await fran.getByLabel('Title of the session').fill(`Phase controls ${Date.now().toString(36)}`);
    await fran.getByRole('button', { name: 'Create and start now' }).click();
    await expect(fran.getByTestId('join-code')).toHaveAttribute('data-code', /^[A-Z0-9]{6}$/);
    await waitForMapIdle(fran);
    const code = (await fran.getByTestId('join-code').getAttribute('data-code'))!;

    const sam = await signedInPerson(browser, 'citizen@example.org');
    await sam.goto(`/join?code=${code}`);
    await sam.getByLabel('Your name').fill('Sam');
    await sam.getByRole('button', { name: 'Join' }).click();
    await expect(sam.getByTestId('live-overlay')).toBeVisible();
    const { proposals } = await (await sam.request.get('/api/processes/demo/proposals')).json();
    const proposalId: string = proposals[0].id;
    await sam.goto(`/p/demo/proposals/${proposalId}`);

    const proposal = sam.locator('article.proposal');
    const support = proposal.locator('.vote-button');
    const comment = sam.getByLabel('Write a comment');

    await test.step('in the first phase (Explore: nothing allowed) both are off and say why', async () => {
      await expect(support).toBeDisabled();
      await expect(proposal.getByTestId('support-off-reason')).toHaveText('Support is off in this phase (Explore). It comes back when the facilitator opens a phase for support.');
      await expect(support).toHaveAttribute('aria-describedby', /.+/);
      await expect(comment).toBeDisabled();
      await expect(sam.getByTestId('comments-off-reason')).toContainText('Comments are off in this phase (Explore).');
      // The page says what the server does.
      const refused = await sam.request.post('/api/votes', { data: { targetType: 'proposal', targetId: proposalId, value: 1 } });
      expect([refused.status(), (await refused.json()).error.code]).toEqual([409, 'phase_not_allowed']);
      const { violations } = await new AxeBuilder({ page: sam }).include('article.proposal').include('.comment-thread').analyze();
      expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
    });

    await test.step('the facilitator moves on to Propose: both come back on, live', async () => {
      await fran.getByRole('button', { name: /3\. Propose/ }).click();
      await expect(support).toBeEnabled();
      await expect(proposal.getByTestId('support-off-reason')).toHaveCount(0);
      await expect(comment).toBeEnabled();
      await expect(sam.getByTestId('comments-off-reason')).toHaveCount(0);
    });

    await test.step('in Vote (dots only) they are off again, with that phase named', async () => {
      await fran.getByRole('button', { name: /4\. Vote/ }).click();
      await expect(support).toBeDisabled();
      await expect(proposal.getByTestId('support-off-reason')).toContainText('(Vote)');
      await expect(comment).toBeDisabled();
    });
  } finally {
    await endLiveSessions(newContext);
  }
});
