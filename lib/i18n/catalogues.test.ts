import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';

import { LOCALES, type Locale } from './locales';
import de from './messages/de.json';
import en from './messages/en.json';
import fr from './messages/fr.json';
import nl from './messages/nl.json';

const CATALOGUES: Record<Locale, object> = { en, fr, nl, de };

// Counts shown as a bare number, where no word depends on it ("Marks (3)", "+42").
const BARE_COUNTS = new Set(['annotations.tabs.marks', 'presence.more']);

function flatten(messages: object, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(messages).flatMap(([key, value]) =>
      typeof value === 'object' && value !== null ? Object.entries(flatten(value, `${prefix}${key}.`)) : [[`${prefix}${key}`, String(value)]],
    ),
  );
}

const KIND: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: 'text',
  [TYPE.number]: 'number',
  [TYPE.date]: 'date',
  [TYPE.time]: 'time',
  [TYPE.select]: 'select',
  [TYPE.plural]: 'plural',
  [TYPE.tag]: 'tag',
};

/** Every placeholder of a message as "name:kind", plural branches included. */
function placeholders(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((element) => {
    const own = 'value' in element && KIND[element.type] ? [`${element.value}:${KIND[element.type]}`] : [];
    const nested =
      'options' in element ? Object.values(element.options).flatMap((option) => placeholders(option.value)) : 'children' in element ? placeholders(element.children) : [];
    return [...own, ...nested];
  });
}

function plurals(elements: MessageFormatElement[]): { name: string; forms: string[] }[] {
  return elements.flatMap((element) =>
    element.type === TYPE.plural ? [{ name: element.value, forms: Object.keys(element.options) }] : [],
  );
}

const flat = Object.fromEntries(LOCALES.map((locale) => [locale, flatten(CATALOGUES[locale])])) as Record<Locale, Record<string, string>>;
const englishKeys = Object.keys(flat.en).sort();

describe('message catalogues', () => {
  it.each(LOCALES)('%s has exactly the keys English has', (locale) => {
    expect(Object.keys(flat[locale]).sort()).toEqual(englishKeys);
  });

  it.each(LOCALES)('%s leaves no message empty', (locale) => {
    expect(Object.entries(flat[locale]).filter(([, text]) => !text.trim())).toEqual([]);
  });

  it.each(LOCALES)('%s uses the same placeholders as English in every message', (locale) => {
    const differing = englishKeys.filter((key) => {
      const ours = [...new Set(placeholders(parse(flat[locale][key])))].sort();
      const english = [...new Set(placeholders(parse(flat.en[key])))].sort();
      return JSON.stringify(ours) !== JSON.stringify(english);
    });
    expect(differing).toEqual([]);
  });

  it.each(LOCALES)('%s writes every shown count as a plural with an "other" form', (locale) => {
    const wrong = Object.entries(flat[locale]).filter(([key, text]) => {
      const ast = parse(text);
      const bare = placeholders(ast).includes('count:text');
      return (bare && !BARE_COUNTS.has(key)) || plurals(ast).some((plural) => !plural.forms.includes('other'));
    });
    expect(wrong.map(([key]) => key)).toEqual([]);
  });

  it('catches a missing placeholder', () => {
    expect(placeholders(parse('{count, plural, one {# mark by {name}} other {# marks}}'))).toEqual(['count:plural', 'name:text']);
  });
});
