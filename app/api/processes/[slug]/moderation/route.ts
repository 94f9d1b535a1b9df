import { authorize, readingActor } from '@/server/auth/actor';
import { moderationQueue } from '@/server/domain/moderation/moderation-queue';
import { requireProcess } from '@/server/domain/processes/require-process';
import { handleRoute } from '@/server/http/app-error';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handleRoute(async () => {
    authorize(await readingActor(), 'content.moderate');
    const process = await requireProcess((await params).slug);
    return Response.json({ items: await moderationQueue(process.id) });
  });
}
