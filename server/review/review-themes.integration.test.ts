// Themes read from a real SQLite: marks, proposals and comments in four languages, within a filter.
import { beforeAll, describe, expect, it } from 'vitest';

import type { PrismaClient } from '@/server/generated/prisma/client';
import { freshDatabase, insertRows, seedProcess } from '@/server/testing/large-seed';

import { parseReviewFilter } from './review-filter';
import type * as Themes from './review-themes';

let db: PrismaClient;
let processId: string;
let api: typeof Themes;

const point = (lon: number, lat: number) => JSON.stringify({ type: 'Point', coordinates: [lon, lat] });
const day = (n: number) => new Date(Date.UTC(2026, 2, n, 10));

beforeAll(async () => {
  db = await freshDatabase();
  api = await import('./review-themes');
  processId = (await seedProcess(db)).id;
  const person = (id: string, locale: string) => ({ id, name: id, email: `${id}@example.org`, role: 'citizen', locale, createdAt: day(1), updatedAt: day(1) });
  await insertRows(db, 'User', [person('ann', 'en'), person('marie', 'fr'), person('jan', 'en'), person('greta', 'de')]);
  const mark = (id: string, authorId: string, text: string, n: number, extra: Record<string, unknown> = {}) => ({
    id, processId, kind: 'point', geometry: point(-0.1, 51.51), category: 'idea', text, authorId, authorName: authorId, createdAt: day(n), updatedAt: day(n), hiddenAt: null, ...extra,
  });
  await insertRows(db, 'Annotation', [
    mark('m1', 'ann', 'Plant street trees here, it is too hot.', 2),
    mark('m2', 'ann', 'More street trees on Cheapside please.', 3),
    mark('m3', 'marie', 'Il faut des arbres et un jardin de pluie.', 4),
    mark('m4', 'jan', 'De fietspaden zijn te smal voor de bakfietsen.', 5),
    mark('m5', 'greta', 'Der Radweg an der Themse ist zu schmal.', 6, { category: 'problem' }),
    mark('hidden', 'ann', 'Street trees, street trees, street trees.', 7, { hiddenAt: day(7) }),
  ]);
  await insertRows(db, 'Proposal', [
    { id: 'p1', processId, authorId: 'marie', title: 'Un jardin de pluie', body: 'Pour les arbres et l\'eau.', category: 'idea', status: 'published', geometry: null, createdAt: day(8), updatedAt: day(8) },
  ]);
  await insertRows(db, 'Comment', [
    { id: 'c1', processId, targetType: 'annotation', targetId: 'm1', authorId: 'jan', body: 'Ja, en het fietspad ook graag breder.', createdAt: day(9), deletedAt: null },
    { id: 'c2', processId, targetType: 'annotation', targetId: 'm5', authorId: 'greta', body: 'Ein sicherer Radweg am Fluss!', createdAt: day(10), deletedAt: null },
    { id: 'c3', processId, targetType: 'annotation', targetId: 'hidden', authorId: 'ann', body: 'Street trees everywhere.', createdAt: day(10), deletedAt: null },
  ]);
});

const filter = (query: Record<string, string> = {}) => parseReviewFilter(new URLSearchParams(query));
const brief = (themes: { key: string; text: string; count: number }[]) => themes.map((t) => `${t.key} ${t.text} ${t.count}`);

describe('review themes', () => {
  it('counts every language’s themes in the process, without hidden items or comments on them', async () => {
    const themes = await api.reviewThemes(processId, filter());
    expect(themes.texts).toBe(8);
    expect(themes.partial).toBe(false);
    expect(brief(themes.keywords)).toEqual(['fr:arbre arbres 2', 'nl:fietspad fietspad 2', 'fr:jardin jardin 2', 'fr:plui pluie 2', 'de:radweg Radweg 2', 'en:street street 2', 'en:tree trees 2']);
    expect(brief(themes.phrases)).toEqual(['fr:jardin de plui jardin de pluie 2', 'en:street tree street trees 2']);
    // Jan's account is on English; his Dutch is read as Dutch.
    expect(themes.languages).toEqual([{ language: 'en', texts: 2 }, { language: 'fr', texts: 2 }, { language: 'nl', texts: 2 }, { language: 'de', texts: 2 }]);
    expect(brief((await api.reviewThemes(processId, filter(), 'nl')).keywords)).toEqual(['nl:fietspad fietspad 2']);
  });

  it('follows the filter: a category keeps its marks and the comments on them', async () => {
    const themes = await api.reviewThemes(processId, filter({ category: 'problem' }));
    expect(brief(themes.keywords)).toEqual(['de:radweg Radweg 2']);
  });

  it('lists the items that mention a theme, newest first, a page at a time, with links', async () => {
    const first = await api.themeItems('volume', processId, filter(), 'fr:arbre', 1);
    expect(first.total).toBe(2);
    expect(first.items).toEqual([{ type: 'proposal', id: 'p1', excerpt: "Un jardin de pluie. Pour les arbres et l'eau.", href: '/p/volume/proposals/p1', createdAt: day(8).toISOString() }]);
    const { nextCursor } = first;
    expect(nextCursor).not.toBeNull();
    const cursor = JSON.parse(Buffer.from(nextCursor!, 'base64url').toString());
    const second = await api.themeItems('volume', processId, filter(), 'fr:arbre', 1, cursor);
    expect(second.items.map((i) => [i.type, i.id, i.href])).toEqual([['annotation', 'm3', '/p/volume?at=-0.1,51.51&mark=m3']]);
    expect(second.nextCursor).toBeNull();
    const comments = await api.themeItems('volume', processId, filter(), 'nl:fietspad', 10);
    expect(comments.items.map((i) => [i.type, i.id, i.href])).toEqual([['comment', 'c1', '/p/volume?at=-0.1,51.51&mark=m1'], ['annotation', 'm4', '/p/volume?at=-0.1,51.51&mark=m4']]);
  });

  it('sees a new text at once (the cache is keyed by the content) and gives the report its top themes', async () => {
    await insertRows(db, 'Comment', [{ id: 'c4', processId, targetType: 'proposal', targetId: 'p1', authorId: 'ann', body: 'Street trees and a rain garden!', createdAt: day(11), deletedAt: null }]);
    const themes = await api.reviewThemes(processId, filter());
    expect(themes.keywords.find((t) => t.key === 'en:street')?.count).toBe(3);
    const top = await api.topThemesForReport(processId, filter(), 3);
    expect(top.map((t) => `${t.text} ${t.count}`)).toEqual(['street trees 3', 'street 3', 'trees 3']);
  });
});
