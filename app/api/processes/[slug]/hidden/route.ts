import { currentSubject } from '@/server/auth/subject';
import { listHiddenAnnotations } from '@/server/domain/moderation/list-hidden-annotations';
import { requireProcess } from '@/server/domain/processes/require-process';
import { handleRoute } from '@/server/http/app-error';

export const dynamic = 'force-dynamic';

/** Marks a moderator has hidden: ids and reasons for everyone, the marks themselves for moderators. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handleRoute(request, async () => {
    const process = await requireProcess((await params).slug);
    const annotations = await listHiddenAnnotations(await currentSubject(), { id: process.id, status: process.status });
    return Response.json({ annotations }, { headers: { 'cache-control': 'private, no-store' } });
  });
}
