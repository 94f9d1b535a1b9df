import { actingSubject } from '@/server/auth/actor';
import { deleteLayer, updateLayer } from '@/server/domain/layers/manage-layers';
import { handleRoute } from '@/server/http/app-error';
import { LONG_JSON_MAX_BYTES, readJson } from '@/server/http/read-json';

type Context = { params: Promise<{ slug: string; layerId: string }> };

export async function PATCH(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    const { slug, layerId } = await params;
    return Response.json({ layer: await updateLayer(actor, slug, layerId, await readJson(request, LONG_JSON_MAX_BYTES)) });
  });
}

export async function DELETE(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    const { slug, layerId } = await params;
    await deleteLayer(actor, slug, layerId);
    return new Response(null, { status: 204 });
  });
}
