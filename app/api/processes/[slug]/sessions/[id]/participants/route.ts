import { viewingSubject } from '@/server/auth/actor';
import { listParticipants } from '@/server/domain/live-sessions/participants';
import { pageRequestOf } from '@/server/domain/moderation/page-request';
import { requireProcess } from '@/server/domain/processes/require-process';
import { handleRoute } from '@/server/http/app-error';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string; id: string }> };

/** Who joined, in the order they came (`items`, `nextCursor`, `total`), for the facilitator. */
export async function GET(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const { slug, id } = await params;
    const [viewer, process] = await Promise.all([viewingSubject(), requireProcess(slug)]);
    return Response.json(await listParticipants(viewer, process, id, pageRequestOf(request)), { headers: { 'cache-control': 'no-store' } });
  });
}
