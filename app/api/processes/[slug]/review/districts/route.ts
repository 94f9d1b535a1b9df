import { handleRoute } from '@/server/http/app-error';
import { districtBreakdown } from '@/server/review/district-breakdown';
import { REVIEW_HEADERS, reviewRequest } from '@/server/review/review-request';

type Context = { params: Promise<{ slug: string }> };

/** Every review figure per district of the process, within the same filter as the review. */
export async function GET(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const { process, filter } = await reviewRequest(request, (await params).slug);
    return Response.json({ districts: await districtBreakdown(process.id, filter) }, { headers: REVIEW_HEADERS });
  });
}
