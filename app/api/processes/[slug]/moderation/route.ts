import { viewingSubject } from '@/server/auth/actor';
import { moderationQueue } from '@/server/domain/moderation/moderation-queue';
import { requireProcess } from '@/server/domain/processes/require-process';
import { handleRoute } from '@/server/http/app-error';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handleRoute(request, async () => {
    const [viewer, process] = await Promise.all([viewingSubject(), requireProcess((await params).slug)]);
    return Response.json({ items: await moderationQueue(viewer, process) });
  });
}
