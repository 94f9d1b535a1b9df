import { actingSubject, viewingSubject } from '@/server/auth/actor';
import { getSession, updateSession } from '@/server/domain/live-sessions/manage-sessions';
import { requireProcess } from '@/server/domain/processes/require-process';
import { handleRoute } from '@/server/http/app-error';
import { readJson } from '@/server/http/read-json';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string; id: string }> };

export async function GET(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const { slug, id } = await params;
    const [viewer, process] = await Promise.all([viewingSubject(), requireProcess(slug)]);
    return Response.json(await getSession(viewer, process, id), { headers: { 'cache-control': 'no-store' } });
  });
}

/** `{ title?, agenda?, phases? }`: the facilitator prepares or adjusts the session. */
export async function PATCH(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const { slug, id } = await params;
    const actor = await actingSubject();
    return Response.json(await updateSession(actor, await requireProcess(slug), id, await readJson(request)));
  });
}
