import { viewingSubject } from '@/server/auth/actor';
import { requireProcess } from '@/server/domain/processes/require-process';
import { handleRoute } from '@/server/http/app-error';
import { enforceReview } from '@/server/review/get-review';
import { parseReviewFilter, withDistrict } from '@/server/review/review-filter';
import { reviewThemes } from '@/server/review/review-themes';

type Context = { params: Promise<{ slug: string }> };

/** The main keywords and phrases of what people wrote, within the same filter as the review. */
export async function GET(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const viewer = await viewingSubject();
    const process = await requireProcess((await params).slug);
    enforceReview(viewer, process);
    const filter = await withDistrict(process.id, parseReviewFilter(new URL(request.url).searchParams));
    return Response.json(await reviewThemes(process.id, filter), { headers: { 'Cache-Control': 'private, no-store' } });
  });
}
