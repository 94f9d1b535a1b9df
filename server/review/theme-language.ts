// The four languages themes are read in: their stop words, their Snowball stemmers, and a cheap guess of
// which one a text is written in. Everything here ships with the packages; nothing is fetched.
import { newStemmer } from 'snowball-stemmers';
import { deu, eng, fra, nld } from 'stopword';

export const THEME_LANGUAGES = ['en', 'fr', 'nl', 'de'] as const;
export type ThemeLanguage = (typeof THEME_LANGUAGES)[number];

// Words the packaged lists miss that carry no theme in a comment ("please", "would").
const EXTRA: Record<ThemeLanguage, string[]> = {
  en: ['please', 'just', 'yes', 'no', 'not', 'also', 'will', 'any', 'every', 'one', 'there', 'it\'s', 'its', 'don', 'doesn', 'isn', 'aren', 'won', 'can\'t', 'cannot', 'us', 'so', 'all', 'even', 'lot', 'really', 'good', 'great', 'think', 'need', 'needs', 'want', 'here', 'there', 'thank', 'thanks'],
  fr: ['plus', 'très', 'tout', 'tous', 'toute', 'toutes', 'aussi', 'comme', 'faut', 'peut', 'bien', 'oui', 'non', 'merci', 'cela', 'ça', 'ici', 'là', 'sont', 'est', 'fait', 'alors', 'encore', 'jusqu', 'lorsqu', 'puisqu', 'quand', 'besoin'],
  nl: ['graag', 'ook', 'heel', 'erg', 'nog', 'alle', 'veel', 'hier', 'daar', 'waar', 'even', 'dank', 'bedankt', 'moeten', 'kunnen', 'willen', 'zeer', 'elke', 'meer', 'goed'],
  de: ['bitte', 'danke', 'ja', 'nein', 'gut', 'sehr', 'mehr', 'immer', 'schon', 'hier', 'gibt', 'wäre', 'würde', 'könnte', 'sollte', 'muss', 'müssen'],
};

const STOP: Record<ThemeLanguage, ReadonlySet<string>> = {
  en: new Set([...eng, ...EXTRA.en]),
  fr: new Set([...fra, ...EXTRA.fr]),
  nl: new Set([...nld, ...EXTRA.nl]),
  de: new Set([...deu, ...EXTRA.de]),
};

// Only the packaged lists take part in the guess: they are of comparable size and made for it.
const GUESS: Record<ThemeLanguage, ReadonlySet<string>> = { en: new Set(eng), fr: new Set(fra), nl: new Set(nld), de: new Set(deu) };

const ALGORITHM: Record<ThemeLanguage, string> = { en: 'english', fr: 'french', nl: 'dutch', de: 'german' };
const stemmers = new Map<ThemeLanguage, { stem(word: string): string }>();

export function isStopWord(word: string, language: ThemeLanguage): boolean {
  return STOP[language].has(word);
}

// Stemming is most of the work and texts repeat their words: remembered, up to a bound.
const STEM_CACHE_SIZE = 50_000;
const stems = new Map<string, string>();

/** The Snowball stem of a lower-case word. */
export function stemOf(word: string, language: ThemeLanguage): string {
  const key = `${language}:${word}`;
  const known = stems.get(key);
  if (known !== undefined) return known;
  let stemmer = stemmers.get(language);
  if (!stemmer) {
    stemmer = newStemmer(ALGORITHM[language]);
    stemmers.set(language, stemmer);
  }
  const stem = stemmer.stem(word);
  if (stems.size >= STEM_CACHE_SIZE) stems.clear();
  stems.set(key, stem);
  return stem;
}

export function asThemeLanguage(locale: string | null | undefined): ThemeLanguage | null {
  const base = locale?.slice(0, 2).toLowerCase();
  return (THEME_LANGUAGES as readonly string[]).includes(base ?? '') ? (base as ThemeLanguage) : null;
}

/**
 * The language whose stop words make up the largest share of the words. A text too short to tell (no clear
 * winner with at least two stop words) is taken to be in its author's language, then in English. The author's
 * locale does not decide alone: every account has one (English by default) whatever language it writes in.
 */
export function detectLanguage(words: readonly string[], authorLocale?: string | null): ThemeLanguage {
  const hits = THEME_LANGUAGES.map((language) => ({ language, count: words.filter((word) => GUESS[language].has(word)).length }));
  hits.sort((a, b) => b.count - a.count);
  const [best, second] = hits;
  if (best.count >= 2 && best.count > second.count) return best.language;
  const hinted = asThemeLanguage(authorLocale);
  if (hinted && hits.some((hit) => hit.language === hinted && hit.count === best.count)) return hinted;
  return best.count > second.count ? best.language : (hinted ?? 'en');
}
