import { actingSubject } from '@/server/auth/actor';
import { removeParticipant } from '@/server/domain/live-sessions/participants';
import { requireProcess } from '@/server/domain/processes/require-process';
import { handleRoute } from '@/server/http/app-error';

type Context = { params: Promise<{ slug: string; id: string; userId: string }> };

/** Removes a participant: their sockets close now and they cannot rejoin this session. */
export async function POST(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const { slug, id, userId } = await params;
    const actor = await actingSubject();
    return Response.json(await removeParticipant(actor, await requireProcess(slug), id, userId));
  });
}
