import { viewingSubject } from '@/server/auth/actor';
import { requireProcess } from '@/server/domain/processes/require-process';
import { handleRoute } from '@/server/http/app-error';
import { districtBreakdown } from '@/server/review/district-breakdown';
import { enforceReview } from '@/server/review/get-review';
import { parseReviewFilter, withDistrict } from '@/server/review/review-filter';

type Context = { params: Promise<{ slug: string }> };

/** Every review figure per district of the process, within the same filter as the review. */
export async function GET(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const viewer = await viewingSubject();
    const process = await requireProcess((await params).slug);
    enforceReview(viewer, process);
    const filter = await withDistrict(process.id, parseReviewFilter(new URL(request.url).searchParams));
    return Response.json({ districts: await districtBreakdown(process.id, filter) }, { headers: { 'Cache-Control': 'private, no-store' } });
  });
}
