import { handleRoute } from '@/server/http/app-error';
import { reviewPlaces } from '@/server/review/review-places';
import { REVIEW_HEADERS, reviewRequest } from '@/server/review/review-request';

type Context = { params: Promise<{ slug: string }> };

/** The review's contributions per map cell (same filter and access as the review). */
export async function GET(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const { process, filter } = await reviewRequest(request, (await params).slug);
    return Response.json({ cells: await reviewPlaces(process.id, process.bounds, filter) }, { headers: REVIEW_HEADERS });
  });
}
