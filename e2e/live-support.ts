import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';

import { apiSignIn, signedInPerson } from './support';

export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** A guest in a browser of their own: opens the QR code's link (the code as typed, lower case) and gives a name. */
export async function guestJoins(browser: Browser, code: string, name: string, phone = false): Promise<Page> {
  const page = await (await browser.newContext(phone ? PHONE : {})).newPage();
  await page.goto(`/join?code=${code.toLowerCase()}`);
  await expect(page.getByLabel('Code')).toHaveValue(code);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page).toHaveURL(/\/p\/demo$/);
  await expect(page.getByTestId('live-overlay')).toBeVisible();
  return page;
}

/** The demo facilitator creates and starts a session from the console; returns their page and the join code. */
export async function facilitatorStarts(browser: Browser, title: string): Promise<{ fran: Page; code: string }> {
  const fran = await signedInPerson(browser, 'facilitator@example.org');
  await fran.goto('/p/demo/live');
  await fran.getByLabel('Title of the session').fill(`${title} ${Date.now().toString(36)}`);
  await fran.getByRole('button', { name: 'Create and start now' }).click();
  await expect(fran.getByTestId('join-code')).toHaveAttribute('data-code', /^[A-Z0-9]{6}$/);
  return { fran, code: (await fran.getByTestId('join-code').getAttribute('data-code'))! };
}

/** A signed-in person joins the session by its code, as themselves. */
export async function memberJoins(browser: Browser, email: string, code: string, name: string): Promise<Page> {
  const page = await signedInPerson(browser, email);
  await page.goto(`/join?code=${code}`);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByTestId('live-overlay')).toBeVisible();
  return page;
}

/**
 * Ends the demo process's running sessions, whatever happened in the test: the specs after it share the
 * database. Through a request context of its own, since a timed-out test has closed the pages' contexts.
 */
export async function endLiveSessions(newContext: () => Promise<APIRequestContext>) {
  const staff = await newContext();
  await apiSignIn(staff, 'facilitator@example.org');
  const { items } = await (await staff.get('/api/processes/demo/sessions')).json();
  for (const item of items.filter((entry: { status: string }) => entry.status === 'live')) await staff.post(`/api/processes/demo/sessions/${item.id}/end`);
  await staff.dispose();
}
