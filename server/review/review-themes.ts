// The themes of a review and the items behind each one. The texts are analysed once per process, filter and
// state of the content (a new or changed text changes the key), and kept in a small cache.
import { geometrySchema } from '@/lib/geo/geometry';
import { mapLink } from '@/lib/map/map-link';
import { pageAfter, type SortKey } from '@/server/domain/page-cursor';

import type { ReviewFilter } from './review-filter';
import { contentStamp, MAX_TEXTS, themeSources, type ThemeSource } from './theme-texts';
import { THEME_LANGUAGES, type ThemeLanguage } from './theme-language';
import { addToTally, emptyTally, termsOf, topThemes, type Theme, type ThemeTally } from './themes';

const CACHE_SIZE = 20;
const EXCERPT = 160;

type Doc = Omit<ThemeSource, 'text' | 'locale'> & { excerpt: string; keys: Set<string> };
type Analysis = { docs: Doc[]; tally: ThemeTally; partial: boolean };
export type ThemeItem = { type: Doc['type']; id: string; excerpt: string; href: string | null; createdAt: string };

const cache = new Map<string, Promise<Analysis>>();

async function analyse(processId: string, filter: ReviewFilter): Promise<Analysis> {
  const tally = emptyTally();
  const docs: Doc[] = [];
  for await (const source of themeSources(processId, filter)) {
    const read = termsOf(source);
    addToTally(tally, source, read);
    const { terms } = read;
    const { type, id, at, markId, markGeometry, proposalId, text } = source;
    const excerpt = text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text;
    docs.push({ type, id, at, markId, markGeometry, proposalId, excerpt, keys: new Set(terms.map((term) => term.key)) });
  }
  return { docs, tally, partial: docs.length >= MAX_TEXTS };
}

async function analysis(processId: string, filter: ReviewFilter): Promise<Analysis> {
  const key = `${processId}|${JSON.stringify(filter)}|${await contentStamp(processId)}`;
  let entry = cache.get(key);
  if (!entry) {
    entry = analyse(processId, filter);
    cache.set(key, entry);
    entry.catch(() => cache.delete(key));
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return entry;
}

/**
 * The top keywords and phrases in the filter (of one language's texts, or all), with how many texts were read
 * in each language and whether that was all of them.
 */
export async function reviewThemes(processId: string, filter: ReviewFilter, language: ThemeLanguage | null = null) {
  const { tally, partial } = await analysis(processId, filter);
  const languages = [...tally.languages].map(([code, texts]) => ({ language: code, texts })).sort((a, b) => b.texts - a.texts || THEME_LANGUAGES.indexOf(a.language) - THEME_LANGUAGES.indexOf(b.language));
  return { ...topThemes(tally, { language }), language, languages, texts: tally.texts, partial };
}

/** The few top themes, keywords and phrases together, for the printable report. */
export async function topThemesForReport(processId: string, filter: ReviewFilter, limit = 10): Promise<Theme[]> {
  const { keywords, phrases } = topThemes((await analysis(processId, filter)).tally);
  return [...phrases, ...keywords].sort((a, b) => b.count - a.count || b.words - a.words).slice(0, limit);
}

function hrefOf(slug: string, doc: Doc): string | null {
  if (doc.proposalId) return `/p/${encodeURIComponent(slug)}/proposals/${encodeURIComponent(doc.proposalId)}`;
  const geometry = doc.markGeometry ? geometrySchema.safeParse(JSON.parse(doc.markGeometry)) : null;
  return geometry?.success && doc.markId ? mapLink(slug, geometry.data, doc.markId) : null;
}

const keyOf = (doc: Doc): SortKey => [0, Date.parse(doc.at), `${doc.type}:${doc.id}`];

/** The items that mention a theme, newest first, a page at a time. */
export async function themeItems(slug: string, processId: string, filter: ReviewFilter, theme: string, limit: number, cursor?: SortKey) {
  const { docs } = await analysis(processId, filter);
  const matching = docs.filter((doc) => doc.keys.has(theme));
  const { page, nextCursor, total } = pageAfter(matching, keyOf, { score: 'desc', time: 'desc' }, limit, cursor);
  const items: ThemeItem[] = page.map((doc) => ({ type: doc.type, id: doc.id, excerpt: doc.excerpt, href: hrefOf(slug, doc), createdAt: new Date(Date.parse(doc.at)).toISOString() }));
  return { items, nextCursor, total };
}
