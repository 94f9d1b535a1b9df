import { viewingSubject } from '@/server/auth/actor';
import { blockedParticipants } from '@/server/domain/moderation/moderation-queue';
import { pageRequestOf } from '@/server/domain/moderation/page-request';
import { requireProcess } from '@/server/domain/processes/require-process';
import { handleRoute } from '@/server/http/app-error';

export const dynamic = 'force-dynamic';

/** People blocked from this process, for moderators to unblock, a page at a time (`blocked`, `nextCursor`, `total`). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handleRoute(request, async () => {
    const [viewer, process] = await Promise.all([viewingSubject(), requireProcess((await params).slug)]);
    const { items, nextCursor, total } = await blockedParticipants(viewer, process, pageRequestOf(request));
    return Response.json({ blocked: items, nextCursor, total });
  });
}
