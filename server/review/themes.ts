// The themes of what people wrote: keywords and short phrases, counted by the number of texts that mention
// them, matched on Snowball stems in the language each text is written in and shown in their commonest form.
import { detectLanguage, isStopWord, stemOf, type ThemeLanguage } from './theme-language';

export type ThemeText = { text: string; locale?: string | null };
/** A term one text mentions: its key (language and stems), how many words it has and how it was written. */
export type Term = { key: string; words: number; surface: string };
export type Theme = { key: string; text: string; count: number; language: ThemeLanguage; words: number };
export type ThemeTally = { texts: number; languages: Map<ThemeLanguage, number>; terms: Map<string, { count: number; words: number; surfaces: Map<string, number> }> };

const MIN_LETTERS = 3;
// Clauses end where a phrase cannot go on: punctuation, brackets, quotes, dashes, line breaks.
const CLAUSE = /[.!?;:,()[\]{}"“”«»„‟—–\n\r]+/u;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
// French elision ("l'eau" is "eau"); elsewhere the part before the apostrophe ("children's" is "children").
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’](.+)$/iu;

type Token = { word: string; surface: string; content: boolean; stem: string };

function clauses(text: string): string[][] {
  return text
    .normalize('NFC')
    .split(CLAUSE)
    .map((clause) => (clause.match(WORD) ?? []).map((word) => ELISION.exec(word)?.[1] ?? word.split(/['’]/u)[0]));
}

function tokenize(surfaces: string[], language: ThemeLanguage): Token[] {
  return surfaces.map((surface) => {
    const word = surface.toLowerCase();
    const content = word.length >= MIN_LETTERS && !/^\p{N}+$/u.test(word) && !isStopWord(word, language);
    return { word, surface, content, stem: content ? stemOf(word, language) : word };
  });
}

/** The distinct keywords and 2–3-word phrases of one text (a phrase never crosses punctuation). */
export function termsOf({ text, locale }: ThemeText): { language: ThemeLanguage; terms: Term[] } {
  const parts = clauses(text);
  const language = detectLanguage(parts.flat().map((word) => word.toLowerCase()), locale);
  const terms = new Map<string, Term>();
  const add = (tokens: Token[]) => {
    const key = `${language}:${tokens.map((token) => token.stem).join(' ')}`;
    if (!terms.has(key)) terms.set(key, { key, words: tokens.length, surface: tokens.map((token) => token.surface).join(' ') });
  };
  for (const clause of parts) {
    const tokens = tokenize(clause, language);
    for (const [i, token] of tokens.entries()) {
      if (!token.content) continue;
      add([token]);
      const [next, last] = [tokens[i + 1], tokens[i + 2]];
      if (next?.content) add([token, next]);
      // "jardin de pluie", "water for the garden" is too loose: one linking word at most, and only in the middle.
      if (next && last?.content && (next.content || next.word.length <= 4)) add([token, next, last]);
    }
  }
  return { language, terms: [...terms.values()] };
}

export function emptyTally(): ThemeTally {
  return { texts: 0, languages: new Map(), terms: new Map() };
}

/** Adds one text's terms to the tally (read here, or passed when the caller already has them): each term counts once per text. */
export function addToTally(tally: ThemeTally, text: ThemeText, read: ReturnType<typeof termsOf> = termsOf(text)): void {
  const { language, terms } = read;
  tally.texts += 1;
  tally.languages.set(language, (tally.languages.get(language) ?? 0) + 1);
  for (const term of terms) {
    let entry = tally.terms.get(term.key);
    if (!entry) {
      entry = { count: 0, words: term.words, surfaces: new Map() };
      tally.terms.set(term.key, entry);
    }
    entry.count += 1;
    entry.surfaces.set(term.surface, (entry.surfaces.get(term.surface) ?? 0) + 1);
  }
}

function commonest(surfaces: Map<string, number>): string {
  let best = '';
  let most = 0;
  // Ties go to the lower-case form ("trees" over "Trees" at the start of a sentence), then the shorter one.
  const better = (surface: string) => {
    const [lower, bestLower] = [surface === surface.toLowerCase(), best === best.toLowerCase()];
    return lower !== bestLower ? lower : surface.length < best.length;
  };
  for (const [surface, count] of surfaces) {
    if (count > most || (count === most && better(surface))) [best, most] = [surface, count];
  }
  return best;
}

const byCount = (a: Theme, b: Theme) => b.count - a.count || b.words - a.words || a.text.localeCompare(b.text);

/**
 * The most mentioned keywords and phrases, each mentioned by at least `minCount` texts. A phrase inside a
 * longer one that every text mentioning it also uses ("rain" in "rain garden" for phrases) is left out.
 * With a `language`, only the themes of texts written in it.
 */
export function topThemes(tally: ThemeTally, { keywords = 15, phrases = 10, minCount = 2, language = null as ThemeLanguage | null } = {}): { keywords: Theme[]; phrases: Theme[] } {
  const all: Theme[] = [];
  for (const [key, entry] of tally.terms) {
    if (entry.count < minCount || (language && !key.startsWith(`${language}:`))) continue;
    all.push({ key, text: commonest(entry.surfaces), count: entry.count, language: key.slice(0, 2) as ThemeLanguage, words: entry.words });
  }
  const longer = all.filter((theme) => theme.words > 1);
  const redundant = (theme: Theme) => {
    const stems = ` ${theme.key.slice(3)} `;
    return longer.some((other) => other.words > theme.words && other.count === theme.count && other.key.startsWith(theme.key.slice(0, 3)) && ` ${other.key.slice(3)} `.includes(stems));
  };
  return {
    keywords: all.filter((theme) => theme.words === 1).sort(byCount).slice(0, keywords),
    phrases: longer.filter((theme) => !redundant(theme)).sort(byCount).slice(0, phrases),
  };
}

/** Whether a text mentions a theme (by its key). */
export function mentions(text: ThemeText, key: string): boolean {
  return termsOf(text).terms.some((term) => term.key === key);
}
