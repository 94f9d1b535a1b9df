import { actingSubject } from '@/server/auth/actor';
import { createRemoteLayer } from '@/server/domain/layers/manage-layers';
import { uploadLayer } from '@/server/domain/layers/upload-layer';
import { handleRoute } from '@/server/http/app-error';
import { readJson } from '@/server/http/read-json';

type Context = { params: Promise<{ slug: string }> };

/** multipart/form-data (`file`, `details`) uploads a file; JSON registers a remote source. */
export async function POST(request: Request, { params }: Context) {
  return handleRoute(async () => {
    const actor = await actingSubject();
    const { slug } = await params;
    const isUpload = (request.headers.get('content-type') ?? '').startsWith('multipart/form-data');
    const layer = isUpload ? await uploadLayer(actor, slug, request) : await createRemoteLayer(actor, slug, await readJson(request));
    return Response.json({ layer }, { status: 201 });
  });
}
