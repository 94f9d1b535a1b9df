import { viewingSubject } from '@/server/auth/actor';
import { requireProcess } from '@/server/domain/processes/require-process';
import { handleRoute } from '@/server/http/app-error';
import { enforceReview } from '@/server/review/get-review';
import { parseReviewFilter, withDistrict } from '@/server/review/review-filter';
import { reviewPlaces } from '@/server/review/review-places';

type Context = { params: Promise<{ slug: string }> };

/** The review's contributions per map cell (same filter and access as the review). */
export async function GET(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const viewer = await viewingSubject();
    const process = await requireProcess((await params).slug);
    enforceReview(viewer, process);
    const filter = await withDistrict(process.id, parseReviewFilter(new URL(request.url).searchParams));
    return Response.json({ cells: await reviewPlaces(process.id, process.bounds, filter) }, { headers: { 'Cache-Control': 'private, no-store' } });
  });
}
