// Newest-first pages of rows with `createdAt` and `id`, with the cursor of page-cursor.ts.
import { encodeCursor, pageQuerySchema, type SortKey } from './page-cursor';
import { invalidInput } from '@/server/http/app-error';

export type NewestPage = { limit: number; cursor?: SortKey };

/** `limit` and `cursor` from a query string (400 `invalid_input` for a cursor the server did not write). */
export function parseNewestPage(params: URLSearchParams, fallback = 50): NewestPage {
  const parsed = pageQuerySchema.safeParse({ limit: params.get('limit') ?? undefined, cursor: params.get('cursor') ?? undefined });
  if (!parsed.success) throw invalidInput(parsed.error);
  return { limit: parsed.data.limit ?? fallback, cursor: parsed.data.cursor };
}

/** The rows after the cursor, for a `where` on createdAt desc, id desc. */
export function olderThan(cursor?: SortKey) {
  if (!cursor) return {};
  const at = new Date(cursor[1]);
  return { OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: cursor[2] } }] };
}

/** The page (rows fetched with take: limit + 1) and the next cursor. */
export function newestPage<T extends { id: string; createdAt: Date }>(rows: T[], limit: number) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { page, nextCursor: rows.length > limit && last ? encodeCursor([0, last.createdAt.getTime(), last.id]) : null };
}
