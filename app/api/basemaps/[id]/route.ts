import { actingSubject } from '@/server/auth/actor';
import { removeRemoteBasemap } from '@/server/basemaps/remote-basemaps';
import { handleRoute } from '@/server/http/app-error';

type Context = { params: Promise<{ id: string }> };

/** Removes a remote basemap; processes that used it open with the default basemap. */
export async function DELETE(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    await removeRemoteBasemap(actor, (await params).id);
    return new Response(null, { status: 204 });
  });
}
