import { actingSubject } from '@/server/auth/actor';
import { listAudit } from '@/server/audit/list-audit';
import { handleRoute } from '@/server/http/app-error';

/** Administrators read the audit log: ?action, actor, target (an id), from, to (YYYY-MM-DD), limit, cursor. */
export async function GET(request: Request) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    return Response.json(await listAudit(actor, Object.fromEntries(new URL(request.url).searchParams)));
  });
}
