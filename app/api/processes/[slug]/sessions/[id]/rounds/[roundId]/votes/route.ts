import { actingSubject } from '@/server/auth/actor';
import { placeDot } from '@/server/domain/dot-votes/place-dot';
import { handleRoute } from '@/server/http/app-error';
import { readJson } from '@/server/http/read-json';

/** A participant places a dot: `{ itemType, itemId, layerId? }` → 201 `{ id, left }` (409 `no_dots_left`, `dots_item_max`, `round_closed`). */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string; id: string; roundId: string }> }) {
  return handleRoute(request, async () => {
    const { slug, id, roundId } = await params;
    const actor = await actingSubject();
    return Response.json(await placeDot(actor, slug, id, roundId, await readJson(request)), { status: 201 });
  });
}
