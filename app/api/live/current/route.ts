import { slugSchema } from '@/lib/schemas/process';
import { viewingSubject } from '@/server/auth/actor';
import { currentSession } from '@/server/domain/live-sessions/current-session';
import { requireProcess } from '@/server/domain/processes/require-process';
import { AppError, handleRoute } from '@/server/http/app-error';

export const dynamic = 'force-dynamic';

/** `?process=<slug>` → `{ session: { id, title, phases, status, currentPhase, locked, privateMode } | null }`. */
export async function GET(request: Request) {
  return handleRoute(request, async () => {
    const slug = new URL(request.url).searchParams.get('process') ?? '';
    if (!slugSchema.safeParse(slug).success) throw new AppError(400, 'invalid_input', 'Say which process: ?process=<slug>.', { field: 'process', problem: 'invalid' });
    const [viewer, process] = await Promise.all([viewingSubject(), requireProcess(slug)]);
    return Response.json({ session: await currentSession(viewer, process) }, { headers: { 'cache-control': 'no-store' } });
  });
}
