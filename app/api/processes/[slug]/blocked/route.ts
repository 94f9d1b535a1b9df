import { viewingSubject } from '@/server/auth/actor';
import { blockedParticipants } from '@/server/domain/moderation/moderation-queue';
import { requireProcess } from '@/server/domain/processes/require-process';
import { handleRoute } from '@/server/http/app-error';

export const dynamic = 'force-dynamic';

/** People blocked from this process, for moderators to unblock. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handleRoute(request, async () => {
    const [viewer, process] = await Promise.all([viewingSubject(), requireProcess((await params).slug)]);
    return Response.json({ blocked: await blockedParticipants(viewer, process) });
  });
}
