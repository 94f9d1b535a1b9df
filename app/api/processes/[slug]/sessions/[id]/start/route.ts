import { actingSubject } from '@/server/auth/actor';
import { startSession } from '@/server/domain/live-sessions/manage-sessions';
import { requireProcess } from '@/server/domain/processes/require-process';
import { handleRoute } from '@/server/http/app-error';

type Context = { params: Promise<{ slug: string; id: string }> };

/** Starts a scheduled session in its first phase; 409 `session_already_live` when another one runs. */
export async function POST(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const { slug, id } = await params;
    const actor = await actingSubject();
    return Response.json(await startSession(actor, await requireProcess(slug), id));
  });
}
