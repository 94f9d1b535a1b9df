import { describe, expect, it } from 'vitest';

import { resolveLocale } from './locales';

describe('language choice', () => {
  it('prefers the cookie', () => {
    expect(resolveLocale('fr', 'en-GB,en;q=0.9')).toBe('fr');
    expect(resolveLocale('de', 'nl-NL')).toBe('de');
  });
  it('follows the browser when no cookie is set', () => {
    expect(resolveLocale(undefined, 'nl-BE;q=0.9, fr-BE;q=0.8, en;q=0.5')).toBe('nl');
    expect(resolveLocale(undefined, 'de-DE, en;q=0.3')).toBe('de');
    expect(resolveLocale(undefined, 'lb-LU, fr-LU;q=0.8, de;q=0.7')).toBe('fr');
  });
  it('falls back to English for unknown cookies and empty headers', () => {
    expect(resolveLocale('xx', null)).toBe('en');
    expect(resolveLocale(undefined, 'it-IT')).toBe('en');
  });
});
