import { viewingSubject } from '@/server/auth/actor';
import { requireProcess } from '@/server/domain/processes/require-process';
import { handleRoute } from '@/server/http/app-error';
import { enforceReview } from '@/server/review/get-review';
import { asThemeLanguage } from '@/server/review/theme-language';
import { parseReviewFilter, withDistrict } from '@/server/review/review-filter';
import { reviewThemes } from '@/server/review/review-themes';

type Context = { params: Promise<{ slug: string }> };

/** The main keywords and phrases of what people wrote (&language=en|fr|nl|de for one language), within the same filter as the review. */
export async function GET(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const viewer = await viewingSubject();
    const process = await requireProcess((await params).slug);
    enforceReview(viewer, process);
    const search = new URL(request.url).searchParams;
    const filter = await withDistrict(process.id, parseReviewFilter(search));
    // An unknown language is no filter: the themes of all of them.
    return Response.json(await reviewThemes(process.id, filter, asThemeLanguage(search.get('language'))), { headers: { 'Cache-Control': 'private, no-store' } });
  });
}
