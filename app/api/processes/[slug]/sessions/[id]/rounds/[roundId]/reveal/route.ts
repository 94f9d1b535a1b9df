import { actingSubject } from '@/server/auth/actor';
import { revealRound } from '@/server/domain/dot-votes/close-round';
import { handleRoute } from '@/server/http/app-error';

/** A facilitator reveals the results (closing the round) → `{ round, results }`, kept as a snapshot. */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string; id: string; roundId: string }> }) {
  return handleRoute(request, async () => {
    const { slug, id, roundId } = await params;
    return Response.json(await revealRound(await actingSubject(), slug, id, roundId));
  });
}
