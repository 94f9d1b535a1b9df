import { viewingSubject } from '@/server/auth/actor';
import { isParticipant, readsAllSessions, requireSession } from '@/server/domain/live-sessions/session-access';
import { readSummary } from '@/server/domain/live-sessions/session-summary';
import { requireProcess } from '@/server/domain/processes/require-process';
import { AppError, handleRoute } from '@/server/http/app-error';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string; id: string }> };

/** What the session left behind (the figures so far while it runs): for staff and those who took part. */
export async function GET(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const { slug, id } = await params;
    const [viewer, process] = await Promise.all([viewingSubject(), requireProcess(slug)]);
    const row = await requireSession(process, id);
    if (!readsAllSessions(viewer, process) && !(viewer && (await isParticipant(id, viewer.id)))) {
      throw viewer ? new AppError(403, 'forbidden', 'Only staff and those who took part read this summary.') : new AppError(401, 'sign_in_required', 'Sign in to read this summary.');
    }
    return Response.json(await readSummary(row), { headers: { 'cache-control': 'no-store' } });
  });
}
