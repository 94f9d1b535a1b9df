import { expect, test } from '@playwright/test';

import { DEMO_ROLES, signIn } from './support';

for (const account of DEMO_ROLES) {
  test(`the demo ${account.role} signs in, sees their name and role, and signs out`, async ({ page }) => {
    await signIn(page, account.email);
    const identity = page.getByTestId('user-identity');
    await expect(identity).toContainText(account.name);
    await expect(identity).toContainText(account.label);

    const session = await (await page.request.get('/api/auth/session')).json();
    expect(session.user).toMatchObject({ email: account.email, role: account.role });
    expect(session.user.id).toEqual(expect.any(String));

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
    expect(await (await page.request.get('/api/auth/session')).json()).toBeNull();
  });
}

test('a wrong password is refused with a clear message', async ({ page }) => {
  await signIn(page, 'citizen@example.org', 'not-the-password');
  await expect(page.locator('.form-error')).toHaveText('That email and password do not match an account. Check them and try again.');
  await expect(page.getByTestId('user-identity')).toHaveCount(0);
});

test('the session cookie cannot be read by scripts', async ({ page, context }) => {
  await signIn(page, 'citizen@example.org');
  await expect(page.getByTestId('user-identity')).toBeVisible();
  const cookie = (await context.cookies()).find((c) => c.name.includes('session-token'));
  expect(cookie?.httpOnly).toBe(true);
  expect(await page.evaluate(() => document.cookie)).not.toContain('session-token');
});

test('a new person signs up as a citizen and is signed in', async ({ page }) => {
  const email = `new-${Date.now()}@example.org`;
  await page.goto('/signup');
  await page.getByLabel('Your name (shown to others)').fill('Zoë Ødegård');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page.getByTestId('user-identity')).toContainText('Zoë Ødegård');
  await expect(page.getByTestId('user-identity')).toContainText('Citizen');
});

test('signing up twice with one email says so', async ({ request }) => {
  const response = await request.post('/api/users', { data: { name: 'Sam Again', email: 'citizen@example.org', password: 'a long enough password' } });
  expect(response.status()).toBe(409);
  expect((await response.json()).error).toMatchObject({ code: 'email_taken', message: 'An account with this email already exists. Sign in instead.' });
});

test('sign-up input is validated on the server', async ({ request }) => {
  const response = await request.post('/api/users', { data: { name: 'X', email: 'bad', password: '1' } });
  expect(response.status()).toBe(400);
  expect((await response.json()).error.code).toBe('invalid_input');
  const garbage = await request.post('/api/users', { data: 'not json', headers: { 'content-type': 'application/json' } });
  expect(garbage.status()).toBe(400);
});

const LIMITED = /^Too many sign-in attempts\. Wait \d+ minutes?, then try again\.$/;

test('sign-in attempts are rate-limited', async ({ page }) => {
  const email = `limited-${Date.now()}@example.org`;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await signIn(page, email, 'wrong password');
    await expect(page.locator('.form-error')).toHaveText('That email and password do not match an account. Check them and try again.');
  }
  await signIn(page, email, 'wrong password');
  await expect(page.locator('.form-error')).toHaveText(LIMITED);
});

test('a guesser who rotates X-Forwarded-For is slowed all the same', async ({ page }) => {
  const email = `rotating-${Date.now()}@example.org`;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': `198.51.100.${attempt + 1}` });
    await signIn(page, email, 'wrong password');
    await expect(page.locator('.form-error')).toHaveText('That email and password do not match an account. Check them and try again.');
  }
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': '198.51.100.99' });
  await signIn(page, email, 'wrong password');
  await expect(page.locator('.form-error')).toHaveText(LIMITED);
});

test('after signing in, a crafted next= link stays on this site', async ({ page, baseURL }) => {
  await page.goto('/signin?next=%2F%09%2Fevil.test');
  await page.getByLabel('Email address').fill('citizen@example.org');
  await page.getByLabel('Password').fill('civictwin-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('user-identity')).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  expect(new URL(page.url()).pathname).toBe('/');
});

test('a same-site next= link is followed after signing in', async ({ page }) => {
  await page.goto('/me');
  await expect(page).toHaveURL(/\/signin\?next=/);
  await page.getByLabel('Email address').fill('citizen@example.org');
  await page.getByLabel('Password').fill('civictwin-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/me$/);
});

for (const callbackUrl of ['javascript:alert(document.cookie)', 'http://evil.test/', '/\t/evil.test', '\\evil.test']) {
  test(`sign-in with callbackUrl ${JSON.stringify(callbackUrl)} answers a redirect to this site`, async ({ request, baseURL }) => {
    const { csrfToken } = await (await request.get('/api/auth/csrf')).json();
    const response = await request.post('/api/auth/callback/credentials', {
      form: { csrfToken, email: 'citizen@example.org', password: 'civictwin-demo', callbackUrl },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(302);
    expect(new URL(response.headers().location, baseURL).origin).toBe(new URL(baseURL!).origin);
  });
}
