import { z } from 'zod';

import { pageQuerySchema } from '@/server/domain/page-cursor';
import { handleRoute, invalidInput } from '@/server/http/app-error';
import { REVIEW_HEADERS, reviewRequest } from '@/server/review/review-request';
import { themeItems } from '@/server/review/review-themes';

type Context = { params: Promise<{ slug: string }> };

const querySchema = pageQuerySchema.extend({ theme: z.string().regex(/^(en|fr|nl|de):\S.{0,199}$/u) });

/** The marks, proposals and comments that mention one theme (its key), newest first, a page at a time. */
export async function GET(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const { slug } = await params;
    const { process, search, filter } = await reviewRequest(request, slug, ['theme', 'limit', 'cursor']);
    const query = querySchema.safeParse({ theme: search.get('theme') ?? undefined, limit: search.get('limit') ?? undefined, cursor: search.get('cursor') ?? undefined });
    if (!query.success) throw invalidInput(query.error);
    return Response.json(await themeItems(slug, process.id, filter, query.data.theme, query.data.limit ?? 20, query.data.cursor), { headers: REVIEW_HEADERS });
  });
}
