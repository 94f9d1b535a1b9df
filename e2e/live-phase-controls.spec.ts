import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

import { endLiveSessions, facilitatorStarts, memberJoins } from './live-support';
import { closeContextsAfterEachTest, waitForMapIdle } from './support';

closeContextsAfterEachTest();
test.setTimeout(180_000);
test.use({ actionTimeout: 15_000 });

test('a proposal page turns support and comments off with the reason in a phase that allows neither, and back on when the facilitator moves on', async ({ browser, playwright, baseURL }) => {
  const newContext = () => playwright.request.newContext({ baseURL });
  await endLiveSessions(newContext);
  try {
    const { fran, code } = await facilitatorStarts(browser, 'Phase controls');
    await waitForMapIdle(fran);
    const sam = await memberJoins(browser, 'citizen@example.org', code, 'Sam');
    const { proposals } = await (await sam.request.get('/api/processes/demo/proposals')).json();
    const proposalId: string = proposals[0].id;
    // A comment to reply to: the facilitator is not held to the phase.
    const said = `Phase controls comment ${Date.now().toString(36)}`;
    const posted = await fran.request.post('/api/comments', { data: { targetType: 'proposal', targetId: proposalId, body: said } });
    expect(posted.status()).toBe(201);
    const commentId: string = (await posted.json()).comment.id;
    await sam.goto(`/p/demo/proposals/${proposalId}`);
    // Newest first: the comment is on the first page however many earlier runs left.
    await sam.getByLabel('Order').selectOption('newest');

    const proposal = sam.locator('article.proposal');
    const support = proposal.locator('.vote-button');
    const comment = sam.getByLabel('Write a comment');
    const reply = sam.getByTestId('comment').filter({ hasText: said }).getByRole('button', { name: 'Reply', exact: true });
    const commentsOff = 'Comments are off in this phase (Explore). They come back when the facilitator opens a phase for comments.';

    await test.step('in the first phase (Explore: nothing allowed) both are off and say why', async () => {
      await expect(support).toBeDisabled();
      await expect(proposal.getByTestId('support-off-reason')).toHaveText('Support is off in this phase (Explore). It comes back when the facilitator opens a phase for support.');
      await expect(support).toHaveAttribute('aria-describedby', /.+/);
      await expect(comment).toBeDisabled();
      await expect(sam.getByTestId('comments-off-reason')).toContainText('Comments are off in this phase (Explore).');
      // Replying too: the button stays in view, off, with the same reason.
      await expect(reply).toBeVisible();
      await expect(reply).toBeDisabled();
      await expect(reply).toHaveAccessibleDescription(commentsOff);
      await expect(reply).toHaveAttribute('title', commentsOff);
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
      await expect(reply).toBeEnabled();
      await expect(sam.getByTestId('reply-off-reason')).toHaveCount(0);
      await reply.click();
      await expect(sam.getByLabel(/^Reply to /)).toBeEnabled();
    });

    await test.step('in Vote (dots only) they are off again, with that phase named', async () => {
      await fran.getByRole('button', { name: /4\. Vote/ }).click();
      await expect(support).toBeDisabled();
      await expect(proposal.getByTestId('support-off-reason')).toContainText('(Vote)');
      await expect(comment).toBeDisabled();
      // The reply form opened in Propose is switched off too, saying why.
      await expect(sam.getByLabel(/^Reply to /)).toBeDisabled();
      await expect(sam.getByTestId('comment').filter({ hasText: said }).getByTestId('comments-off-reason')).toContainText('(Vote)');
    });
    expect((await fran.request.delete(`/api/comments/${commentId}`)).ok()).toBe(true);
  } finally {
    await endLiveSessions(newContext);
  }
});

test('a participant’s own mark keeps its edit, move and delete controls in view, off with the reason, in a phase without marks', async ({ browser, playwright, baseURL }) => {
  const newContext = () => playwright.request.newContext({ baseURL });
  await endLiveSessions(newContext);
  try {
    const { fran, code } = await facilitatorStarts(browser, 'Mark controls');
    const sam = await memberJoins(browser, 'citizen@example.org', code, 'Sam');
    await waitForMapIdle(sam);

    const text = `My mark in phase ${Date.now().toString(36)}`;
    const card = sam.getByTestId('annotation-card');
    const controls = ['Edit text', 'Move or reshape', 'Delete'].map((name) => card.getByRole('button', { name, exact: true }));
    const marksOff = 'Changing your marks is off in this phase (Vote). It comes back when the facilitator opens a phase for marks.';

    await test.step('in a phase for marks Sam draws one and may change it', async () => {
      await fran.getByRole('button', { name: /2\. Mark problems/ }).click();
      await expect(sam.getByTestId('live-overlay')).toHaveAttribute('data-phase', 'problems');
      const map = (await sam.getByTestId('process-map').boundingBox())!;
      await sam.getByRole('button', { name: 'Point', exact: true }).click();
      await sam.mouse.click(map.x + map.width / 2 + 20, map.y + map.height / 2 + 20);
      await sam.getByLabel('Say something about this place').fill(text);
      await sam.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(card).toContainText(text);
      for (const control of controls) await expect(control).toBeEnabled();
      await expect(card.getByTestId('mark-change-off-reason')).toHaveCount(0);
    });

    await test.step('the facilitator moves on to Vote (dots only): the controls stay, off, saying why', async () => {
      await fran.getByRole('button', { name: /4\. Vote/ }).click();
      await expect(sam.getByTestId('live-overlay')).toHaveAttribute('data-phase', 'vote');
      for (const control of controls) {
        await expect(control).toBeVisible();
        await expect(control).toBeDisabled();
        await expect(control).toHaveAccessibleDescription(marksOff);
      }
      await expect(card.getByTestId('mark-change-off-reason')).toHaveText(marksOff);
      // From the keyboard: the mark opened again from the list has them off too.
      await card.getByRole('button', { name: 'Close', exact: true }).click();
      await expect(card).toHaveCount(0);
      const listed = sam.getByTestId('annotation-list').getByRole('button', { name: new RegExp(text) });
      await listed.focus();
      await sam.keyboard.press('Enter');
      await expect(card).toContainText(text);
      await sam.keyboard.press('Tab');
      await expect(controls[0]).not.toBeFocused();
      for (const control of controls) await expect(control).toBeDisabled();
      await expect(card.getByTestId('mark-change-off-reason')).toHaveText(marksOff);
    });

    await test.step('back in a phase for marks (Propose) they come back on, and work', async () => {
      await fran.getByRole('button', { name: /3\. Propose/ }).click();
      await expect(sam.getByTestId('live-overlay')).toHaveAttribute('data-phase', 'propose');
      for (const control of controls) await expect(control).toBeEnabled();
      await expect(card.getByTestId('mark-change-off-reason')).toHaveCount(0);
      await controls[2].click();
      await expect(sam.getByTestId('annotation-list').getByRole('button', { name: new RegExp(text) })).toHaveCount(0);
    });
  } finally {
    await endLiveSessions(newContext);
  }
});
