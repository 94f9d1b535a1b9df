import { describe, expect, it } from 'vitest';

import { detectLanguage } from './theme-language';
import { addToTally, emptyTally, mentions, termsOf, topThemes, type ThemeText } from './themes';

function themesOf(texts: (string | ThemeText)[], options?: Parameters<typeof topThemes>[1]) {
  const tally = emptyTally();
  for (const text of texts) addToTally(tally, typeof text === 'string' ? { text } : text);
  return topThemes(tally, options);
}

const brief = (themes: { text: string; count: number }[]) => themes.map(({ text, count }) => `${text} ${count}`);

describe('themes', () => {
  it('counts English keywords and phrases by the texts that mention them, from their stems', () => {
    const { keywords, phrases } = themesOf([
      'Plant more street trees on Fleet Street, the pavement is wide enough.',
      'Street trees give shade in summer. Trees, trees, trees!',
      'A rain garden here would stop the flooding.',
      'Make a rain garden at this corner please.',
      'Rain gardens everywhere: the drains flood every storm.',
    ]);
    // "flood" and "flooding" share their stem.
    expect(brief(keywords)).toEqual(['garden 3', 'rain 3', 'flood 2', 'street 2', 'trees 2']);
    expect(brief(phrases)).toEqual(['rain garden 3', 'street trees 2']);
  });

  it('reads French with its elisions and keeps a linking word inside a phrase', () => {
    const { keywords, phrases } = themesOf([
      "Il faut planter des arbres dans la rue, l'ombre manque en été.",
      "Plus d'arbres et un jardin de pluie pour l'eau de pluie.",
      'Un jardin de pluie ici serait bien.',
      "L'eau stagne sous le pont après l'orage.",
    ]);
    expect(brief(keywords)).toEqual(['arbres 2', 'eau 2', 'jardin 2', 'pluie 2']);
    expect(brief(phrases)).toEqual(['jardin de pluie 2']);
  });

  it('matches Dutch plurals to their singular', () => {
    const { keywords } = themesOf(['De fietspaden zijn te smal voor de bakfietsen.', 'Het fietspad langs de rivier is te smal.', 'Meer bomen in de straat, het is te heet in de zomer.']);
    expect(brief(keywords)).toEqual(['fietspad 2', 'smal 2']);
  });

  it('matches German inflections and shows the commonest form', () => {
    const { keywords, phrases } = themesOf([
      'Die Radwege sind viel zu schmal und der Radweg endet plötzlich.',
      'Der Radweg an der Themse ist gefährlich.',
      'Ein sicherer Radweg am Fluss, bitte!',
      'Mehr Bäume an der Straße, im Sommer ist es zu heiß.',
      'Schattige Bäume für den Sommer.',
    ]);
    expect(brief(keywords)).toEqual(['Radweg 3', 'Bäume 2', 'Sommer 2']);
    expect(phrases).toEqual([]);
  });

  it('keeps the languages apart: the same word in two languages is two themes', () => {
    const { keywords } = themesOf(['The park is too small and the park is closed at night.', 'A park for the children would be nice.', 'Het park is te klein voor de kinderen.', 'Het park is dicht in de nacht.'], { minCount: 2 });
    expect(keywords.map((theme) => theme.key)).toEqual(['en:park', 'nl:park']);
  });

  it('leaves out a phrase that only ever appears inside a longer one', () => {
    const { phrases } = themesOf(['A green roof garden on the car park.', 'Green roof garden for the school!', 'A water square in Smithfield.', 'Another water square in Smithfield please.', 'The water square idea.']);
    expect(brief(phrases)).toEqual(['water square 3', 'green roof garden 2', 'square in Smithfield 2']);
  });

  it('tells whether a text mentions a theme, in any inflection', () => {
    expect(mentions({ text: 'The drains flood in every storm.' }, 'en:flood')).toBe(true);
    expect(mentions({ text: 'Flooding again on the underpass.' }, 'en:flood')).toBe(true);
    expect(mentions({ text: 'Dry all summer.' }, 'en:flood')).toBe(false);
    expect(mentions({ text: 'Überschwemmung nach dem Regen: der Radweg steht unter Wasser.' }, 'de:radweg')).toBe(true);
  });
});

describe('detectLanguage', () => {
  it('picks the language whose stop words the text uses most', () => {
    expect(termsOf({ text: 'The bus stop here has no shelter and it is hot.' }).language).toBe('en');
    expect(termsOf({ text: "Il n'y a pas d'ombre sur la place et les bancs sont brûlants." }).language).toBe('fr');
    expect(termsOf({ text: 'Er is geen schaduw op het plein en de bankjes zijn heet.' }).language).toBe('nl');
    expect(termsOf({ text: 'Es gibt keinen Schatten auf dem Platz und die Bänke sind heiß.' }).language).toBe('de');
  });

  it('takes the author’s language for a text too short to tell, and English when nothing is known', () => {
    expect(detectLanguage(['fietsenstalling'], 'nl')).toBe('nl');
    expect(detectLanguage(['fietsenstalling'], null)).toBe('en');
    expect(detectLanguage(['radweg', 'bitte'], 'pt')).toBe('en');
    // A Dutch text by an account left on English is still read as Dutch.
    expect(termsOf({ text: 'De fietspaden zijn te smal voor de bakfietsen.', locale: 'en' }).language).toBe('nl');
  });
});

describe('themes by language', () => {
  it('counts the texts of each language and gives the themes of one language', () => {
    const tally = emptyTally();
    for (const text of ['Street trees please.', 'More street trees.', 'Des arbres dans la rue, des arbres partout.', 'Plus d’arbres et de l’ombre.', 'Meer bomen in de straat.']) addToTally(tally, { text });
    expect(Object.fromEntries(tally.languages)).toEqual({ en: 2, fr: 2, nl: 1 });
    expect(brief(topThemes(tally, { language: 'fr' }).keywords)).toEqual(['arbres 2']);
    expect(topThemes(tally, { language: 'de' })).toEqual({ keywords: [], phrases: [] });
  });
});
