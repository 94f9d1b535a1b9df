import { actingSubject } from '@/server/auth/actor';
import { layerOfImport } from '@/server/domain/layers/follow-import';
import { toImportView } from '@/server/domain/layers/layer-imports';
import { createRemoteLayer } from '@/server/domain/layers/manage-layers';
import { uploadLayer } from '@/server/domain/layers/upload-layer';
import { handleRoute } from '@/server/http/app-error';
import { LONG_JSON_MAX_BYTES, readJson } from '@/server/http/read-json';

type Context = { params: Promise<{ slug: string }> };

/**
 * multipart/form-data (`file`, `details`) uploads a file, imported when the import queue reaches it:
 * with `Prefer: respond-async` the answer is 202 and the job to follow, otherwise 201 once the layer
 * is stored. JSON registers a remote source.
 */
export async function POST(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    const { slug } = await params;
    const isUpload = (request.headers.get('content-type') ?? '').startsWith('multipart/form-data');
    if (!isUpload) return Response.json({ layer: await createRemoteLayer(actor, slug, await readJson(request, LONG_JSON_MAX_BYTES)) }, { status: 201 });
    const job = await uploadLayer(actor, slug, request);
    if (/\brespond-async\b/.test(request.headers.get('prefer') ?? '')) {
      return Response.json({ import: toImportView(job) }, { status: 202, headers: { location: `/api/processes/${slug}/layers/imports/${job.id}` } });
    }
    return Response.json({ layer: await layerOfImport(job) }, { status: 201 });
  });
}
