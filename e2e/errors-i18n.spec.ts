// Every error a person can run into reads as the catalogue's sentence in their language:
// not the error code, not the server's English, in each of en, fr, nl and de.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createTranslator } from 'next-intl';

import { LOCALES, LOCALE_COOKIE, type Locale } from '../lib/i18n/locales';
import de from '../lib/i18n/messages/de.json';
import en from '../lib/i18n/messages/en.json';
import fr from '../lib/i18n/messages/fr.json';
import nl from '../lib/i18n/messages/nl.json';
import { apiSignIn, closeContextsAfterEachTest } from './support';

const CATALOGUES = { en, fr, nl, de };
const run = Date.now();

closeContextsAfterEachTest();

const words = (locale: Locale) => createTranslator({ locale, messages: CATALOGUES[locale] });

async function personSpeaking(browser: Browser, locale: Locale, email?: string): Promise<Page> {
  const context = await browser.newContext();
  await context.addCookies([{ name: LOCALE_COOKIE, value: locale, domain: 'localhost', path: '/' }]);
  if (email) await apiSignIn(context.request, email);
  return context.newPage();
}

/** The shown error is exactly the sentence expected, and neither a code nor (outside English) the English one. */
async function expectError(page: Page, expected: string, english: string, code: string) {
  const shown = page.locator('.form-error');
  await expect(shown).toHaveText(expected);
  const text = (await shown.textContent()) ?? '';
  expect(text).not.toContain(code);
  if (expected !== english) expect(text).not.toBe(english);
}

async function aPublishedProposal(page: Page): Promise<string> {
  const { proposals } = await (await page.request.get('/api/processes/demo/proposals')).json();
  expect(proposals.length).toBeGreaterThan(0);
  return proposals[0].id;
}

for (const locale of LOCALES) {
  test.describe(`errors in ${locale}`, () => {
    const t = words(locale);
    const english = words('en');

    test('a wrong password at sign-in', async ({ browser }) => {
      const page = await personSpeaking(browser, locale);
      await page.goto('/signin');
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await page.locator('input[name=email]').fill(`nobody-${locale}-${run}@example.org`);
      await page.locator('input[name=password]').fill('not the password');
      await page.locator('form button[type=submit]').click();
      await expectError(page, t('auth.errors.invalidCredentials'), english('auth.errors.invalidCredentials'), 'invalid');
    });

    test('signing up with an email that has an account', async ({ browser }) => {
      const page = await personSpeaking(browser, locale);
      await page.goto('/signup');
      await page.locator('input[name=name]').fill('Sam Again');
      await page.locator('input[name=email]').fill('citizen@example.org');
      await page.locator('input[name=password]').fill('a long enough password');
      await page.locator('form button[type=submit]').click();
      await expectError(page, t('errors.codes.email_taken'), english('errors.codes.email_taken'), 'email_taken');
      await expect(page).toHaveURL(/\/signup/);
    });

    test('a comment of only spaces, as the demo citizen', async ({ browser }) => {
      const page = await personSpeaking(browser, locale, 'citizen@example.org');
      await page.goto(`/p/demo/proposals/${await aPublishedProposal(page)}`);
      const form = page.locator('form.comment-form').first();
      await form.locator('textarea').fill('   ');
      await form.locator('button[type=submit]').click();
      const expected = t('errors.problems.empty', { field: t('errors.fields.body') });
      await expectError(page, expected, english('errors.problems.empty', { field: english('errors.fields.body') }), 'invalid_input');
      expect(await page.locator('.form-error').textContent()).not.toMatch(/body: empty/);
    });

    test('a wrong password when deleting one’s account', async ({ browser }) => {
      const page = await personSpeaking(browser, locale, 'citizen@example.org');
      await page.goto('/me');
      await page.locator('input[name=password]').fill('not my password');
      await page.locator('form:has(input[name=password]) button[type=submit]').click();
      await expectError(page, t('errors.codes.wrong_password'), english('errors.codes.wrong_password'), 'wrong_password');
      // The account is still there: the citizen can still sign in.
      expect((await (await page.request.get('/api/auth/session')).json())?.user?.email).toBe('citizen@example.org');
    });
  });
}
