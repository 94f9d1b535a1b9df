import { expect, test, type Locator } from '@playwright/test';

import { endLiveSessions, facilitatorStarts, guestJoins, PHONE } from './live-support';
import { closeContextsAfterEachTest, waitForMapIdle } from './support';

closeContextsAfterEachTest();
test.setTimeout(240_000);
test.use({ actionTimeout: 15_000 });

async function fitsOnPhone(locator: Locator) {
  const box = (await locator.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(PHONE.viewport.height);
}

test('a guest on a phone places a dot from the mark’s card; the results and the summary name the mark', async ({ browser, playwright, baseURL }) => {
  const newContext = () => playwright.request.newContext({ baseURL });
  await endLiveSessions(newContext);
  try {
    const { fran, code } = await facilitatorStarts(browser, 'Dots on cards');
    await waitForMapIdle(fran);
    const pat = await guestJoins(browser, code, `Pat ${Date.now().toString(36)}`, true);
    const overlay = pat.getByTestId('live-overlay');
    const card = pat.getByTestId('annotation-card');
    let text = '';

    await test.step('in the Vote phase the mark’s card itself offers the dot, large enough, by keyboard, said aloud', async () => {
      await fran.getByRole('button', { name: /4\. Vote/ }).click();
      await expect(overlay).toHaveAttribute('data-phase', 'vote');
      await fran.getByRole('button', { name: 'Start the vote' }).click();
      await expect(overlay).toContainText('You have 3 dots left.');
      await pat.getByTestId('annotation-list').getByRole('button').first().click();
      await expect(card).toBeVisible();
      text = ((await card.locator('.card-text').textContent()) ?? '').replace(/\s+/g, ' ').trim();
      const place = card.getByRole('button', { name: 'Place a dot (3 left)' });
      await expect(place).toBeVisible();
      await fitsOnPhone(place);
      // After the card's Close, the next stop is the dot.
      await card.getByRole('button', { name: 'Close' }).focus();
      await pat.keyboard.press('Tab');
      await expect(place).toBeFocused();
      await pat.keyboard.press('Enter');
      await expect(card.getByRole('status')).toHaveText('Dot placed. 2 dots left.');
      await expect(card.getByRole('button', { name: 'Place a dot (2 left)' })).toBeVisible();
      await expect(card.getByText('You put 1 dot here.')).toBeVisible();
      // Taking it back and placing it again, both from the card.
      await card.getByRole('button', { name: 'Take back a dot' }).click();
      await expect(card.getByRole('status')).toHaveText('Dot taken back. 3 dots left.');
      await card.getByRole('button', { name: 'Place a dot (3 left)' }).click();
      await expect(card.getByRole('button', { name: 'Place a dot (2 left)' })).toBeVisible();
      await expect(fran.getByText('The vote is on: 1 dot placed.')).toBeVisible();
      await pat.screenshot({ path: test.info().outputPath('phone-card-dot.png') });
      await card.getByRole('button', { name: 'Close' }).click();
      await expect(overlay).toContainText('You have 2 dots left.');
    });

    const named = text.slice(0, 30);
    await test.step('the revealed ranking names the mark for the guest and the facilitator', async () => {
      await fran.getByRole('button', { name: 'Stop the vote' }).click();
      await fran.getByRole('button', { name: 'Show the results' }).click();
      const ranking = overlay.getByRole('table', { name: 'Dots per item, most first' });
      await expect(ranking).toBeVisible();
      await expect(ranking.getByRole('row').nth(1)).toContainText(named);
      await expect(ranking).not.toContainText('A mark');
      const consoleRanking = fran.getByTestId('live-console').getByRole('table', { name: 'Dots per item, most first' });
      await expect(consoleRanking.getByRole('row').nth(1)).toContainText(named);
      await pat.evaluate(() => window.scrollTo(0, 0));
      await pat.screenshot({ path: test.info().outputPath('phone-results.png') });
      await fran.screenshot({ path: test.info().outputPath('desktop-console-results.png') });
    });

    await test.step('in the next phase the ranking folds away and the phase card keeps its title', async () => {
      await fran.getByRole('button', { name: /5\. Wrap-up/ }).click();
      await expect(overlay).toHaveAttribute('data-phase', 'wrap-up');
      const folded = overlay.getByTestId('live-dot-results');
      await expect(folded.getByRole('table')).toBeHidden();
      // Folded, the ranking leaves the phase card its title, whole, inside the card.
      await pat.evaluate(() => window.scrollTo(0, 0));
      const title = overlay.getByRole('heading', { name: 'Wrap-up' });
      await expect(title).toBeInViewport({ ratio: 1 });
      const [card, heading] = [(await overlay.boundingBox())!, (await title.boundingBox())!];
      expect(heading.y).toBeGreaterThanOrEqual(card.y);
      expect(heading.y + heading.height).toBeLessThanOrEqual(card.y + card.height);
      await pat.screenshot({ path: test.info().outputPath('phone-wrapup-folded.png') });
      await folded.getByText('Results of the dot vote (1 item)').click();
      await expect(folded.getByRole('row').nth(1)).toContainText(named);
      await pat.screenshot({ path: test.info().outputPath('phone-wrapup-open.png') });
    });

    await test.step('the summary shows the round’s ranking with the mark’s text and its dots', async () => {
      await fran.getByTestId('end-session').click();
      await expect(fran).toHaveURL(/\/p\/demo\/live\/[^/]+$/);
      const round = fran.getByTestId('summary-round');
      await expect(round.getByRole('heading', { name: 'Dot vote' })).toBeVisible();
      const first = round.getByRole('row').nth(1);
      await expect(first).toContainText(named);
      await expect(first.getByRole('cell').last()).toHaveText('1');
      const vote = fran.getByTestId('session-summary').getByRole('row').filter({ has: fran.getByRole('rowheader', { name: 'Vote', exact: true }) });
      await expect(vote.getByRole('cell').last()).toHaveText('1');
      await fran.screenshot({ path: test.info().outputPath('desktop-summary.png'), fullPage: true });
    });
  } finally {
    await endLiveSessions(newContext);
  }
});
