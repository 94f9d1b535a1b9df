import { actingSubject, viewingSubject } from '@/server/auth/actor';
import { listRounds } from '@/server/domain/dot-votes/get-round';
import { openRound } from '@/server/domain/dot-votes/open-round';
import { parseNewestPage } from '@/server/domain/page-newest';
import { handleRoute } from '@/server/http/app-error';
import { readJson } from '@/server/http/read-json';

export const dynamic = 'force-dynamic';
type Params = { params: Promise<{ slug: string; id: string }> };

/** The session's dot-vote rounds, newest first (participants and facilitators of the session). */
export async function GET(request: Request, { params }: Params) {
  return handleRoute(request, async () => {
    const { slug, id } = await params;
    const page = parseNewestPage(new URL(request.url).searchParams, 20);
    return Response.json(await listRounds(await viewingSubject(), slug, id, page), { headers: { 'cache-control': 'private, no-store' } });
  });
}

/** A facilitator opens a round: `{ dots, perItemMax, durationSeconds?, liveResults? }` → 201 round. */
export async function POST(request: Request, { params }: Params) {
  return handleRoute(request, async () => {
    const { slug, id } = await params;
    const actor = await actingSubject();
    return Response.json(await openRound(actor, slug, id, await readJson(request)), { status: 201 });
  });
}
