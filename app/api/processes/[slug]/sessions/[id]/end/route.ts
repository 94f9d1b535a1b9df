import { actingSubject } from '@/server/auth/actor';
import { endSession } from '@/server/domain/live-sessions/end-session';
import { requireProcess } from '@/server/domain/processes/require-process';
import { handleRoute } from '@/server/http/app-error';

type Context = { params: Promise<{ slug: string; id: string }> };

/** Ends the session → 200 with its summary; its guests' access stops at once. */
export async function POST(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const { slug, id } = await params;
    const actor = await actingSubject();
    return Response.json(await endSession(actor, await requireProcess(slug), id));
  });
}
