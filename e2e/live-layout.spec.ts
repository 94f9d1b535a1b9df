import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { endLiveSessions, facilitatorStarts, guestJoins } from './live-support';
import { closeContextsAfterEachTest, signedInPerson, waitForMapIdle } from './support';

// The live pages' layout on a laptop projector (1366×800) and a phone (390×844): nothing scrolls where the
// layout has a fixed height, the projector shows its essentials and nothing to act on, and no control hides.
closeContextsAfterEachTest();
test.setTimeout(240_000);
test.use({ actionTimeout: 15_000 });

const LAPTOP = { width: 1366, height: 800 };

async function axe(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`);
}

/** The document is exactly the window's height: a fixed-height layout does not scroll as a whole (else: what sticks out). */
async function documentFits(page: Page) {
  const overflow = () =>
    page.evaluate(() => {
      if (document.documentElement.scrollHeight === window.innerHeight) return 'fits';
      const below = Array.from(document.querySelectorAll('body *')).filter((element) => element.getBoundingClientRect().bottom + window.scrollY > window.innerHeight);
      const outermost = below.filter((element) => !below.includes(element.parentElement!));
      return `${document.documentElement.scrollHeight} > ${window.innerHeight}: ${outermost.slice(0, 5).map((element) => `${element.tagName}.${element.className} ${Math.round(element.getBoundingClientRect().bottom)}`).join(', ')}`;
    });
  await expect.poll(overflow).toBe('fits');
}

/** The focusable controls a person can reach by Tab that something else covers, named (empty when all are in sight). */
function coveredControls(page: Page) {
  return page.evaluate(() => {
    const focusable = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
    const covered: string[] = [];
    for (const element of Array.from(document.querySelectorAll<HTMLElement>(focusable))) {
      if (element.closest('[inert]') || !element.checkVisibility({ visibilityProperty: true })) continue;
      element.scrollIntoView({ block: 'center', inline: 'center' });
      const box = element.getBoundingClientRect();
      const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
      // Off screen until focused (the skip link), or a clipped visually hidden one: not on view to be covered.
      if (box.width < 2 || box.height < 2 || x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) continue;
      const hit = document.elementFromPoint(x, y);
      // The control itself, what it holds, or the label a checkbox sits in.
      if (hit && (element.contains(hit) || (hit.tagName === 'LABEL' && hit.contains(element)))) continue;
      covered.push(`${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 40)}" under ${hit?.className || hit?.tagName}`);
    }
    window.scrollTo(0, 0);
    return covered;
  });
}

test.afterEach(async ({ playwright, baseURL }) => endLiveSessions(() => playwright.request.newContext({ baseURL })));

test('at 1366×800 the console and the process page do not scroll as a whole, before and during a session', async ({ browser }) => {
  const preparing = await signedInPerson(browser, 'facilitator@example.org');
  await preparing.setViewportSize(LAPTOP);
  await preparing.goto('/p/demo/live');
  // The agenda editor's five phases, each with its visually hidden "Move up … / Remove …" names, made it 2902 px tall.
  await expect(preparing.getByLabel('Name of the phase')).toHaveCount(5);
  await documentFits(preparing);
  await preparing.goto('/p/demo');
  await waitForMapIdle(preparing);
  await documentFits(preparing);
  await preparing.context().close();

  const { fran } = await facilitatorStarts(browser, 'Layout');
  await fran.setViewportSize(LAPTOP);
  await waitForMapIdle(fran);
  await documentFits(fran);
  await fran.screenshot({ path: test.info().outputPath('console-1366.png') });
  expect(await axe(fran)).toEqual([]);
});

test('the projector fits 1366×800 with its essentials in view, shows nothing to act on, and the dot vote in the console reads as one', async ({ browser }) => {
  const { fran, code } = await facilitatorStarts(browser, 'Projector');
  await fran.setViewportSize(LAPTOP);
  await waitForMapIdle(fran);
  await fran.getByRole('button', { name: 'Start the timer' }).click();

  await test.step('the dot vote says once that no dot is in yet', async () => {
    const panel = fran.getByRole('region', { name: 'Dot vote' });
    await expect(panel.getByLabel('Dots per person')).toBeVisible();
    // Its settings are the app's form: each label above its field, not run together on one line.
    const [label, field] = await Promise.all([panel.getByText('Dots per person').boundingBox(), panel.getByLabel('Dots per person').boundingBox()]);
    expect.soft(field!.y).toBeGreaterThanOrEqual(label!.y + 16);
    await panel.screenshot({ path: test.info().outputPath('console-dot-form.png') });
    await panel.getByRole('button', { name: 'Start the vote' }).click();
    await expect(panel.getByText('The vote is on: no dots yet.')).toBeVisible();
    await expect.soft(panel.getByText('No dots were placed.')).toHaveCount(0);
    await expect.soft(panel.getByRole('button', { name: 'Stop the vote' })).toHaveClass(/\bbutton\b/);
  });

  const guest = await guestJoins(browser, code, 'Pat', true);
  const presenter = await fran.context().newPage();
  await presenter.setViewportSize(LAPTOP);
  await presenter.goto('/p/demo/live/present');
  await waitForMapIdle(presenter);

  await test.step('the essentials are in view without scrolling', async () => {
    await expect(presenter.getByTestId('join-code')).toHaveAttribute('data-code', code);
    for (const id of ['join-code', 'join-qr', 'presenter-phase', 'live-timer', 'tally-here', 'tally-dots']) await expect(presenter.getByTestId(id), id).toBeInViewport({ ratio: 1 });
    await expect(presenter.getByTestId('tally-here')).toContainText(/\d+ people here/);
    await documentFits(presenter);
    await presenter.screenshot({ path: test.info().outputPath('presenter-1366.png') });
    await fran.screenshot({ path: test.info().outputPath('console-vote-1366.png') });
    const panel = await presenter.getByTestId('presenter-panel').evaluate((element) => `${element.scrollHeight} ${element.clientHeight}`);
    expect(panel.split(' ')[0]).toBe(panel.split(' ')[1]);
    // A smaller projector too.
    await presenter.setViewportSize({ width: 1280, height: 720 });
    for (const id of ['join-code', 'presenter-phase', 'live-timer', 'tally-here', 'tally-dots']) await expect(presenter.getByTestId(id), id).toBeInViewport({ ratio: 1 });
    await documentFits(presenter);
    await presenter.screenshot({ path: test.info().outputPath('presenter-1280.png') });
    await presenter.setViewportSize(LAPTOP);
  });

  await test.step('no control of the app and no staff action on the projector', async () => {
    await expect(presenter.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
    await expect(presenter.getByRole('combobox', { name: 'Language' })).toHaveCount(0);
    for (const name of ['3D view', 'What is at the centre?', 'Compare scenarios']) await expect(presenter.getByText(name, { exact: true })).toHaveCount(0);
    await expect(presenter.getByTestId('illustrative-banner')).toHaveCount(0);
    // A mark in the spotlight opens on the projector to read, never to act on.
    await fran.getByTestId('annotation-list').getByRole('button').first().click();
    await fran.getByTestId('spotlight').click();
    const card = presenter.getByTestId('annotation-card');
    await expect(card).toBeVisible();
    await expect(card.getByRole('heading')).toBeVisible();
    for (const name of ['Report', 'Hide', 'Turn into a proposal', 'Post', 'Close']) await expect(card.getByText(name, { exact: true }).filter({ visible: true })).toHaveCount(0);
    await expect(card.locator('textarea, button, select, input').filter({ visible: true })).toHaveCount(0);
    await documentFits(presenter);
    await presenter.screenshot({ path: test.info().outputPath('presenter-spotlight-1366.png') });
  });

  await test.step('axe finds nothing serious on the projector and the console', async () => {
    expect(await axe(presenter)).toEqual([]);
    expect(await axe(fran)).toEqual([]);
  });
  await guest.context().close();
});

test('on a phone, the live phase card covers none of the controls of the map', async ({ browser }) => {
  const { code } = await facilitatorStarts(browser, 'Phone');
  const guest = await guestJoins(browser, code, 'Sam', true);
  await waitForMapIdle(guest);
  await expect(guest.getByTestId('live-overlay')).toBeVisible();
  await expect(guest.getByRole('button', { name: '3D view' })).toBeVisible();
  await guest.screenshot({ path: test.info().outputPath('guest-phone.png') });
  expect(await coveredControls(guest)).toEqual([]);
});
