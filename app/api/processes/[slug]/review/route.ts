import { viewingSubject } from '@/server/auth/actor';
import { requireProcess } from '@/server/domain/processes/require-process';
import { handleRoute } from '@/server/http/app-error';
import { getReview } from '@/server/review/get-review';

type Context = { params: Promise<{ slug: string }> };

export async function GET(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const viewer = await viewingSubject();
    const process = await requireProcess((await params).slug);
    const review = await getReview(viewer, process, new URL(request.url).searchParams);
    return Response.json(review, { headers: { 'Cache-Control': 'private, no-store' } });
  });
}
