import { viewingSubject } from '@/server/auth/actor';
import { getRound } from '@/server/domain/dot-votes/get-round';
import { handleRoute } from '@/server/http/app-error';

export const dynamic = 'force-dynamic';

/** `{ round, mine: { left, votes }, results }`; results are null to participants while hidden. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; id: string; roundId: string }> }) {
  return handleRoute(request, async () => {
    const { slug, id, roundId } = await params;
    return Response.json(await getRound(await viewingSubject(), slug, id, roundId), { headers: { 'cache-control': 'private, no-store' } });
  });
}
