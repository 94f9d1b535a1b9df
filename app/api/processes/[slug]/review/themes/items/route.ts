import { z } from 'zod';

import { viewingSubject } from '@/server/auth/actor';
import { pageQuerySchema } from '@/server/domain/page-cursor';
import { requireProcess } from '@/server/domain/processes/require-process';
import { handleRoute, invalidInput } from '@/server/http/app-error';
import { enforceReview } from '@/server/review/get-review';
import { parseReviewFilter, withDistrict } from '@/server/review/review-filter';
import { themeItems } from '@/server/review/review-themes';

type Context = { params: Promise<{ slug: string }> };

const querySchema = pageQuerySchema.extend({ theme: z.string().regex(/^(en|fr|nl|de):\S.{0,199}$/u) });

/** The marks, proposals and comments that mention one theme (its key), newest first, a page at a time. */
export async function GET(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const viewer = await viewingSubject();
    const { slug } = await params;
    const process = await requireProcess(slug);
    enforceReview(viewer, process);
    const search = new URL(request.url).searchParams;
    const query = querySchema.safeParse({ theme: search.get('theme') ?? undefined, limit: search.get('limit') ?? undefined, cursor: search.get('cursor') ?? undefined });
    if (!query.success) throw invalidInput(query.error);
    const filter = await withDistrict(process.id, parseReviewFilter(new URLSearchParams([...search].filter(([name]) => !['theme', 'limit', 'cursor'].includes(name)))));
    return Response.json(await themeItems(slug, process.id, filter, query.data.theme, query.data.limit ?? 20, query.data.cursor), { headers: { 'Cache-Control': 'private, no-store' } });
  });
}
