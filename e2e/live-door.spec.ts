import { expect, test } from '@playwright/test';

import { endLiveSessions, guestJoins, PHONE } from './live-support';
import { closeContextsAfterEachTest, signedInPerson } from './support';

closeContextsAfterEachTest();
test.setTimeout(180_000);

test('a facilitator closes the door to newcomers: nobody new gets in, those in stay after a reload, the projector says so', async ({ browser, playwright, baseURL }) => {
  const endAnyway = () => endLiveSessions(() => playwright.request.newContext({ baseURL }));
  await endAnyway();
  const fran = await signedInPerson(browser, 'facilitator@example.org');
  const created = await fran.request.post('/api/processes/demo/sessions', { data: { title: `Door ${Date.now()}` } });
  expect(created.status()).toBe(201);
  const { code } = (await created.json()) as { code: string };
  try {
    const pat = await guestJoins(browser, code, 'Pat', true);
    await fran.goto('/p/demo/live');
    const presenter = await fran.context().newPage();
    await presenter.goto('/p/demo/live/present');
    await expect(presenter.getByTestId('join-code')).toHaveAttribute('data-code', code);

    const door = fran.getByTestId('join-door');
    await expect(door).toHaveAttribute('data-closed', 'false');
    await door.click();
    await expect(door).toHaveAttribute('data-closed', 'true');
    await expect(door).toHaveText('Let newcomers join again');
    await expect(fran.getByTestId('join-closed')).toHaveText('Closed to newcomers');
    // The projector follows without a reload: the code is no longer shown to the room.
    await expect(presenter.getByTestId('join-closed')).toBeVisible();
    await expect(presenter.getByTestId('join-code')).toHaveCount(0);

    const lou = await (await browser.newContext(PHONE)).newPage();
    await lou.goto(`/join?code=${code}`);
    await lou.getByLabel('Your name').fill('Lou');
    await lou.getByRole('button', { name: 'Join' }).click();
    await expect(lou.locator('.form-error')).toHaveText(/closed this session to newcomers/);
    await expect(lou).toHaveURL(/\/join/);

    // Someone already in gets back in: after a reload, and by joining again from the same browser.
    await pat.reload();
    await expect(pat.getByTestId('live-overlay')).toBeVisible();
    await pat.goto(`/join?code=${code}`);
    await pat.getByLabel('Your name').fill('Pat');
    await pat.getByRole('button', { name: 'Join' }).click();
    await expect(pat).toHaveURL(/\/p\/demo$/);
    await expect(pat.getByTestId('live-overlay')).toBeVisible();

    await door.click();
    await expect(door).toHaveAttribute('data-closed', 'false');
    await expect(presenter.getByTestId('join-code')).toHaveAttribute('data-code', code);
    await lou.getByRole('button', { name: 'Join' }).click();
    await expect(lou).toHaveURL(/\/p\/demo$/);
    await expect(lou.getByTestId('live-overlay')).toBeVisible();
  } finally {
    await endAnyway();
  }
});
