import { describe, expect, it } from 'vitest';

import { categoryLabelFor, descriptionFor, questionFor, titleFor } from './localized';

const process = {
  title: 'Riverside',
  description: '<p>Main</p>',
  question: 'What should change?',
  language: 'en',
  translations: { fr: { title: 'Bords de Tamise', question: 'Que changer ?' }, de: { description: '<p>Haupt</p>' } },
};

describe('a process in the reader’s language', () => {
  it('uses the translation when there is one, field by field, and the main text otherwise', () => {
    expect(titleFor(process, 'fr')).toBe('Bords de Tamise');
    expect(descriptionFor(process, 'fr')).toBe('<p>Main</p>');
    expect(questionFor(process, 'fr')).toBe('Que changer ?');
    expect(titleFor(process, 'de')).toBe('Riverside');
    expect(descriptionFor(process, 'de')).toBe('<p>Haupt</p>');
    expect(titleFor(process, 'nl')).toBe('Riverside');
    expect(titleFor(process, 'en')).toBe('Riverside');
  });

  it('reads translations stored as JSON, and survives a broken one', () => {
    expect(titleFor({ ...process, translations: JSON.stringify(process.translations) }, 'fr')).toBe('Bords de Tamise');
    expect(titleFor({ ...process, translations: '{not json' }, 'fr')).toBe('Riverside');
  });

  it('names a category in the reader’s language', () => {
    const category = { label: 'Trees', labels: { fr: 'Arbres' } };
    expect(categoryLabelFor(category, 'fr')).toBe('Arbres');
    expect(categoryLabelFor(category, 'nl')).toBe('Trees');
  });
});
