import { viewingSubject } from '@/server/auth/actor';
import { moderationQueue } from '@/server/domain/moderation/moderation-queue';
import { pageRequestOf } from '@/server/domain/moderation/page-request';
import { requireProcess } from '@/server/domain/processes/require-process';
import { handleRoute } from '@/server/http/app-error';

/** The open reports, a page at a time (`limit`, `cursor` → `items`, `nextCursor`, `total`). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handleRoute(request, async () => {
    const [viewer, process] = await Promise.all([viewingSubject(), requireProcess((await params).slug)]);
    return Response.json(await moderationQueue(viewer, process, pageRequestOf(request)));
  });
}
