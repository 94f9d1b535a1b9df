import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { forgeMark } from './live-forge';
import { endLiveSessions, guestJoins, PHONE } from './live-support';
import { closeContextsAfterEachTest, signedInPerson, waitForMapIdle } from './support';

closeContextsAfterEachTest();
test.setTimeout(360_000);
// An action that cannot happen fails with its reason instead of waiting out the whole test.
test.use({ actionTimeout: 15_000 });

const INSIDE_DEMO: [number, number] = [-0.0955, 51.5105];

async function axe(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`);
}

const viewOf = (page: Page) => page.getByTestId('process-map').getAttribute('data-view');

/** Resolves once the participant's map shows the facilitator's view (the same view, once both have stopped moving). */
async function showsSameView(participant: Page, facilitator: Page, notBefore: string | null) {
  await expect
    .poll(async () => {
      const [theirs, mine] = await Promise.all([viewOf(participant), viewOf(facilitator)]);
      return theirs === mine && mine !== notBefore ? 'same' : `${theirs} ≠ ${mine}`;
    })
    .toBe('same');
}

const identity = async (page: Page) => (await (await page.request.get('/api/auth/session')).json()).user as { id: string; name: string; role: string };
const overlay = (page: Page) => page.getByTestId('live-overlay');

test('a facilitator runs a session that guests join by code on their phones: phases, timer, follow me, spotlight, lock, removal, the end and its summary', async ({ browser, playwright, baseURL }) => {
  const fran = await signedInPerson(browser, 'facilitator@example.org');
  const run = Date.now().toString(36);
  // What broke on the facilitator's page (React logs an error it caught for app/error.tsx here).
  const franErrors: string[] = [];
  fran.on('pageerror', (error) => franErrors.push(`${error.message} ${error.stack}`));
  fran.on('console', (message) => message.type() === 'error' && franErrors.push(message.text()));

  await test.step('the facilitator prepares the usual workshop and starts it', async () => {
    await fran.goto('/p/demo');
    await fran.getByTestId('live-console-link').click();
    await expect(fran).toHaveURL(/\/p\/demo\/live$/);
    await fran.getByLabel('Title of the session').fill(`Riverside workshop ${run}`);
    await expect(fran.getByLabel('Name of the phase')).toHaveCount(5);
    await fran.getByRole('button', { name: 'Create and start now' }).click();
    await expect(fran.getByTestId('join-code')).toHaveAttribute('data-code', /^[A-Z0-9]{6}$/);
    await expect(fran.getByTestId('join-qr')).toBeVisible();
    await waitForMapIdle(fran);
  });
  const code = (await fran.getByTestId('join-code').getAttribute('data-code'))!;
  // Whatever happens below, the session ends: the specs after this one share the database.
  const endAnyway = () => endLiveSessions(() => playwright.request.newContext({ baseURL }));
  try {

  const presenter = await fran.context().newPage();
  await presenter.goto('/p/demo/live/present');

  // Three participants: a guest on a phone, a guest on a laptop, and a citizen who joins as herself.
  const pat = await test.step('a guest on a phone joins with the code', async () => {
    const wrong = await (await browser.newContext(PHONE)).newPage();
    await wrong.goto('/join');
    await wrong.getByLabel('Code').fill('ZZZZZZ');
    await wrong.getByLabel('Your name').fill('Nobody');
    await wrong.getByRole('button', { name: 'Join' }).click();
    await expect(wrong.locator('.form-error')).toBeVisible();
    await wrong.context().close();
    return guestJoins(browser, code, `Pat ${run}`, true);
  });
  const lou = await guestJoins(browser, code, `Lou ${run}`);
  const sam = await signedInPerson(browser, 'citizen@example.org');
  await sam.goto(`/join?code=${code}`);
  await sam.getByLabel('Your name').fill('Sam');
  await sam.getByRole('button', { name: 'Join' }).click();
  await expect(overlay(sam)).toBeVisible();
  expect((await identity(pat)).role).toBe('guest');

  await test.step('the first phase allows no marks: the page says so and the server refuses a forged one', async () => {
    for (const page of [pat, lou, sam]) await expect(overlay(page)).toHaveAttribute('data-phase', 'explore');
    await expect(overlay(pat)).toContainText('Not in this phase: drawing marks');
    // The drawing tools stay in view, off, with the reason.
    await expect(pat.getByRole('button', { name: 'Point', exact: true })).toBeDisabled();
    await expect(pat.getByTestId('draw-off-reason')).toContainText('Not in this phase: Explore');
    // Each tool says why it is off, to a screen reader too; on the phone the sentence is not shown twice.
    await expect(pat.getByRole('button', { name: 'Point', exact: true })).toHaveAccessibleDescription(/Not in this phase: Explore/);
    await expect(pat.getByTestId('draw-off-reason')).toHaveCSS('position', 'absolute');
    const refused = await forgeMark(pat.request, 'demo', await identity(pat), INSIDE_DEMO);
    expect(refused.closedWith).toBeGreaterThanOrEqual(4400);
  });

  await test.step('switching phase changes every screen at once, and says so', async () => {
    await fran.getByRole('button', { name: /2\. Mark problems/ }).click();
    for (const page of [pat, lou, sam]) await expect(overlay(page)).toHaveAttribute('data-phase', 'problems');
    await expect(pat.getByTestId('live-announcer')).toContainText('New phase: Mark problems');
    await expect(presenter.getByTestId('presenter-phase')).toHaveText('Mark problems');
    await expect(pat.getByRole('button', { name: 'Point', exact: true })).toBeEnabled();
    await expect(pat.getByTestId('draw-off-reason')).toHaveCount(0);
  });

  await test.step('a timer runs on every screen', async () => {
    await fran.getByRole('combobox', { name: 'Minutes', exact: true }).selectOption('1');
    await fran.getByRole('button', { name: 'Start the timer' }).click();
    await expect(pat.getByTestId('live-timer')).toHaveText(/0:[0-5]\d|1:00/);
    await expect(presenter.getByTestId('live-timer')).toBeVisible();
    // Stopped again: its "30 seconds left" would otherwise take the announcer's place from the steps below.
    await fran.getByRole('button', { name: 'Stop the timer' }).click();
    await expect(pat.getByTestId('live-timer')).toHaveCount(0);
  });

  await test.step('follow me: participants’ maps follow the facilitator until they move their own', async () => {
    await fran.getByTestId('follow-me').click();
    const canvas = fran.locator('#map canvas');
    await canvas.focus();
    const before = await viewOf(fran);
    await fran.keyboard.press('Equal');
    await fran.keyboard.press('Equal');
    await showsSameView(lou, fran, before);
    await lou.locator('#map canvas').focus();
    const box = (await lou.getByTestId('process-map').boundingBox())!;
    await lou.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await lou.mouse.down();
    await lou.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 60, { steps: 6 });
    await lou.mouse.up();
    await expect.poll(async () => (await viewOf(lou)) !== (await viewOf(fran))).toBe(true);
    await lou.getByTestId('back-to-facilitator').click();
    await showsSameView(lou, fran, before);
  });

  await test.step('spotlight: the facilitator opens a mark and every map opens it too', async () => {
    const first = fran.getByTestId('annotation-list').getByRole('button').first();
    const id = (await first.getAttribute('data-annotation-id'))!;
    await first.click();
    await fran.getByTestId('spotlight').click();
    await expect(lou.getByTestId('annotation-card')).toBeVisible();
    await expect(lou.locator(`[data-annotation-id="${id}"]`)).toHaveAttribute('aria-current', 'true');
    await expect(pat.getByTestId('live-announcer')).toContainText('showing everyone one place');
    // A proposal, chosen and shown by keyboard: every participant's screen points to it.
    const proposals = fran.getByTestId('spotlight-proposal');
    const chosen = proposals.locator('option').last();
    const [proposalId, proposalTitle] = [await chosen.getAttribute('value'), await chosen.textContent()];
    await proposals.focus();
    await proposals.selectOption(proposalId!);
    await fran.getByTestId('spotlight-proposal-show').press('Enter');
    await expect(lou.getByTestId('live-spotlight').getByRole('link', { name: proposalTitle! })).toHaveAttribute('href', `/p/demo/proposals/${proposalId}`);
  });

  await test.step('private mode: a participant’s new mark stays theirs until the facilitator reveals them all', async () => {
    await fran.getByTestId('private-mode').click();
    await expect(sam.getByTestId('private-marks')).toBeVisible();
    const { items } = await (await fran.request.get('/api/processes/demo/sessions')).json();
    const live = items.find((entry: { status: string }) => entry.status === 'live');
    const me = await identity(sam);
    const now = Date.now();
    const mark = { id: `private${run}${now.toString(36)}`, kind: 'point', geometry: { type: 'Point', coordinates: INSIDE_DEMO }, category: 'idea', text: `Quiet idea ${run}`, authorId: me.id, authorName: me.name, createdAt: now, updatedAt: now };
    expect((await sam.request.post(`/api/processes/demo/sessions/${live.id}/private-marks`, { data: mark })).status()).toBe(201);
    await expect(fran.getByTestId('private-marks')).toContainText('1 private mark so far.');
    const onTheSharedMap = async () => JSON.stringify(await (await lou.request.get('/api/processes/demo/annotations')).json()).includes(mark.id);
    const lousPrivate = await (await lou.request.get(`/api/processes/demo/sessions/${live.id}/private-marks`)).json();
    expect(JSON.stringify(lousPrivate)).not.toContain(mark.id);
    const seenByFacilitator = await (await fran.request.get(`/api/processes/demo/sessions/${live.id}/private-marks`)).json();
    expect(JSON.stringify(seenByFacilitator)).toContain(mark.id);
    expect(await onTheSharedMap()).toBe(false);
    await fran.getByTestId('reveal-private').click();
    await expect.poll(onTheSharedMap).toBe(true);
    await fran.getByTestId('private-mode').click();
    await expect(sam.getByTestId('private-marks')).toBeHidden();
  });

  await test.step('lock: everyone is told, and a forged change during the lock is refused', async () => {
    await fran.getByTestId('lock-map').click();
    await expect(sam.getByTestId('live-locked')).toBeVisible();
    const refused = await forgeMark(sam.request, 'demo', await identity(sam), INSIDE_DEMO);
    expect(refused.closedWith).toBeGreaterThanOrEqual(4400);
    await fran.getByTestId('lock-map').click();
    await expect(sam.getByTestId('live-locked')).toBeHidden();
  });

  await test.step('a dot-vote round: each places their dots, the results stay hidden until the facilitator reveals them', async () => {
    await fran.getByRole('button', { name: /4\. Vote/ }).click();
    for (const page of [pat, lou, sam]) await expect(overlay(page)).toHaveAttribute('data-phase', 'vote');
    await fran.getByRole('button', { name: 'Start the vote' }).click();
    await expect(fran.getByText('The vote is on: no dots yet.')).toBeVisible();
    await sam.getByTestId('annotation-list').getByRole('button').first().click();
    await sam.getByRole('button', { name: 'Place a dot (3 left)' }).click();
    await expect(sam.getByRole('button', { name: 'Place a dot (2 left)' })).toBeVisible();
    await expect(fran.getByText('The vote is on: 1 dot placed.')).toBeVisible();
    // The projector counts the dots as they come, and shows where they are only once revealed.
    await expect(presenter.getByTestId('tally-dots')).toHaveText('1 dot placed');
    const ranking = sam.getByRole('table', { name: 'Dots per item, most first' });
    const projected = presenter.getByRole('table', { name: 'Dots per item, most first' });
    await expect(ranking).toHaveCount(0);
    await expect(projected).toHaveCount(0);
    await fran.getByRole('button', { name: 'Stop the vote' }).click();
    await fran.getByRole('button', { name: 'Show the results' }).click();
    await expect(ranking).toBeVisible();
    await expect(ranking.getByRole('row')).toHaveCount(2);
    await expect(projected.getByRole('row')).toHaveCount(2);
    await expect(fran.getByRole('table', { name: 'Dots per item, most first' })).toBeVisible();
    expect(franErrors).toEqual([]);
  });

  await test.step('the presenter view counts who is here and passes axe', async () => {
    await expect(presenter.getByTestId('join-code')).toHaveAttribute('data-code', code);
    await expect(presenter.getByTestId('tally-here')).toContainText(/\d+ people here/);
    expect(await axe(presenter)).toEqual([]);
    expect(await axe(pat)).toEqual([]);
  });

  await test.step('a removed guest is put out at once and cannot come back', async () => {
    const row = fran.getByTestId('participant-list').getByRole('listitem').filter({ hasText: `Lou ${run}` });
    await row.getByRole('button', { name: /Remove/ }).click();
    await expect(lou.getByTestId('connection-ended')).toBeVisible();
    const again = await lou.request.post('/api/join', { data: { code, name: `Lou ${run}` } });
    expect(again.status()).toBeGreaterThanOrEqual(400);
  });

  await test.step('ending keeps a summary that staff open from the process', async () => {
    await fran.getByTestId('end-session').click();
    await expect(fran).toHaveURL(/\/p\/demo\/live\/[^/]+$/);
    await expect(fran.getByTestId('summary-participants')).toContainText(/[3-9] people took part/);
    const ticket = await pat.request.get('/api/collab/token?process=demo');
    expect(ticket.status()).toBeGreaterThanOrEqual(400);
  });
  } finally {
    await endAnyway();
  }
});
