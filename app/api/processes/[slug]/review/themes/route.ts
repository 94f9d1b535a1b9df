import { handleRoute } from '@/server/http/app-error';
import { REVIEW_HEADERS, reviewRequest } from '@/server/review/review-request';
import { reviewThemes } from '@/server/review/review-themes';
import { asThemeLanguage } from '@/server/review/theme-language';

type Context = { params: Promise<{ slug: string }> };

/** The main keywords and phrases of what people wrote (&language=en|fr|nl|de for one language), within the same filter as the review. */
export async function GET(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const { process, search, filter } = await reviewRequest(request, (await params).slug);
    // An unknown language is no filter: the themes of all of them.
    return Response.json(await reviewThemes(process.id, filter, asThemeLanguage(search.get('language'))), { headers: REVIEW_HEADERS });
  });
}
