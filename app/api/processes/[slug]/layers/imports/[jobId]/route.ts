import { viewingSubject } from '@/server/auth/actor';
import { followLayerImport } from '@/server/domain/layers/follow-import';
import { handleRoute } from '@/server/http/app-error';

export const dynamic = 'force-dynamic';

/** A queued layer import as it stands: `{ import: { id, state, ahead, progress, layer?, error? } }`. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; jobId: string }> }) {
  return handleRoute(request, async () => {
    const { slug, jobId } = await params;
    return Response.json({ import: await followLayerImport(await viewingSubject(), slug, jobId) });
  });
}
