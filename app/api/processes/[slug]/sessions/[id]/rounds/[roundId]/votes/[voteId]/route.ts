import { actingSubject } from '@/server/auth/actor';
import { removeDot } from '@/server/domain/dot-votes/place-dot';
import { handleRoute } from '@/server/http/app-error';

/** A participant takes back one of their dots while the round is open → `{ left }`. */
export async function DELETE(request: Request, { params }: { params: Promise<{ slug: string; id: string; roundId: string; voteId: string }> }) {
  return handleRoute(request, async () => {
    const { slug, id, roundId, voteId } = await params;
    const actor = await actingSubject();
    return Response.json(await removeDot(actor, slug, id, roundId, voteId));
  });
}
