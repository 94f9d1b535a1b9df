import { getLocale } from 'next-intl/server';

import { actingSubject, viewingSubject } from '@/server/auth/actor';
import { createSession, listSessions } from '@/server/domain/live-sessions/manage-sessions';
import { pageRequestOf } from '@/server/domain/moderation/page-request';
import { requireProcess } from '@/server/domain/processes/require-process';
import { handleRoute } from '@/server/http/app-error';
import { readJson } from '@/server/http/read-json';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string }> };

/** The process's live sessions, newest first, for staff (`items`, `nextCursor`, `total`). */
export async function GET(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const [viewer, process] = await Promise.all([viewingSubject(), requireProcess((await params).slug)]);
    return Response.json(await listSessions(viewer, process, pageRequestOf(request)), { headers: { 'cache-control': 'no-store' } });
  });
}

/** `{ title, agenda?, phases?, start? }` → 201 `{ id, code, joinUrl }`, started unless `start: false`. */
export async function POST(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    const process = await requireProcess((await params).slug);
    return Response.json(await createSession(actor, process, await readJson(request), await getLocale()), { status: 201 });
  });
}
