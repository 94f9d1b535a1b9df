import { actingSubject } from '@/server/auth/actor';
import { closeRound } from '@/server/domain/dot-votes/close-round';
import { handleRoute } from '@/server/http/app-error';

/** A facilitator closes the round (it takes no more dots) → the round. */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string; id: string; roundId: string }> }) {
  return handleRoute(request, async () => {
    const { slug, id, roundId } = await params;
    return Response.json(await closeRound(await actingSubject(), slug, id, roundId));
  });
}
