import { describe, expect, it } from 'vitest';

import en from './messages/en.json';
import fr from './messages/fr.json';
import { resolveLocale } from './locales';

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('language choice', () => {
  it('prefers the cookie', () => {
    expect(resolveLocale('fr', 'en-GB,en;q=0.9')).toBe('fr');
  });
  it('follows the browser when no cookie is set', () => {
    expect(resolveLocale(undefined, 'nl-BE;q=0.9, fr-BE;q=0.8, en;q=0.5')).toBe('fr');
    expect(resolveLocale(undefined, 'de-DE, en;q=0.3')).toBe('en');
  });
  it('falls back to English for unknown cookies and empty headers', () => {
    expect(resolveLocale('xx', null)).toBe('en');
  });
});

describe('message catalogues', () => {
  it('give French every key English has, and no extra ones', () => {
    expect(keys(fr).sort()).toEqual(keys(en).sort());
  });
  it('leave no French message empty', () => {
    const flat = (m: object): string[] => Object.values(m).flatMap((v) => (typeof v === 'object' ? flat(v) : [v]));
    expect(flat(fr).filter((text) => !String(text).trim())).toEqual([]);
  });
});
