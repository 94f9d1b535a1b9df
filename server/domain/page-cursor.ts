// Cursor pagination over a list ranked in memory: the cursor is the last item's sort key, so a
// page follows on from where the reader was even when items were added before it meanwhile.
import { z } from 'zod';

/** What an item is ranked by: a score, a time (epoch ms) and its id, compared in that order. */
export type SortKey = [score: number, time: number, id: string];
export type KeyOrder = { score: 'asc' | 'desc'; time: 'asc' | 'desc' };

export const MAX_PAGE = 100;

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).optional(),
  cursor: z
    .string()
    .max(200)
    .transform((value, ctx) => {
      const key = decodeCursor(value);
      if (!key) ctx.addIssue({ code: 'custom', message: 'invalid' });
      return key ?? z.NEVER;
    })
    .optional(),
});

export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(value: string): SortKey | null {
  try {
    const key = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    const ok = Array.isArray(key) && key.length === 3 && Number.isFinite(key[0]) && Number.isFinite(key[1]) && typeof key[2] === 'string';
    return ok ? (key as SortKey) : null;
  } catch {
    return null;
  }
}

export function compareKeys(a: SortKey, b: SortKey, order: KeyOrder): number {
  const by = (x: number, y: number, direction: 'asc' | 'desc') => (direction === 'asc' ? x - y : y - x);
  return by(a[0], b[0], order.score) || by(a[1], b[1], order.time) || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0) * (order.time === 'asc' ? 1 : -1);
}

/** The page of `items` that follows `cursor` (the first page without one), and the cursor of the next page. */
export function pageAfter<T>(items: T[], keyOf: (item: T) => SortKey, order: KeyOrder, limit: number, cursor?: SortKey) {
  const sorted = [...items].sort((a, b) => compareKeys(keyOf(a), keyOf(b), order));
  const start = cursor ? sorted.findIndex((item) => compareKeys(keyOf(item), cursor, order) > 0) : 0;
  const page = start < 0 ? [] : sorted.slice(start, start + limit);
  const more = start >= 0 && start + limit < sorted.length;
  return { page, nextCursor: more ? encodeCursor(keyOf(page.at(-1)!)) : null, total: sorted.length };
}
