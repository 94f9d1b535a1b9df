import { actingSubject, viewingSubject } from '@/server/auth/actor';
import { parseNewestPage } from '@/server/domain/page-newest';
import { createPrivateMark } from '@/server/domain/private-marks/create-private-mark';
import { listPrivateMarks } from '@/server/domain/private-marks/list-private-marks';
import { handleRoute } from '@/server/http/app-error';
import { GEOMETRY_JSON_MAX_BYTES, readJson } from '@/server/http/read-json';

export const dynamic = 'force-dynamic';
type Params = { params: Promise<{ slug: string; id: string }> };

/** Private marks, newest first: all of them for facilitators, one's own for a participant. */
export async function GET(request: Request, { params }: Params) {
  return handleRoute(request, async () => {
    const { slug, id } = await params;
    const page = parseNewestPage(new URL(request.url).searchParams);
    return Response.json(await listPrivateMarks(await viewingSubject(), slug, id, page), { headers: { 'cache-control': 'private, no-store' } });
  });
}

/** A participant's new mark in private mode (a mark as in the shared document) → 201 the mark. */
export async function POST(request: Request, { params }: Params) {
  return handleRoute(request, async () => {
    const { slug, id } = await params;
    const actor = await actingSubject();
    return Response.json(await createPrivateMark(actor, slug, id, await readJson(request, GEOMETRY_JSON_MAX_BYTES)), { status: 201 });
  });
}
