import { listProposalPlaces } from '@/server/domain/proposals/list-proposals';
import { requireProcess } from '@/server/domain/processes/require-process';
import { handleRoute } from '@/server/http/app-error';

type Context = { params: Promise<{ slug: string }> };

/** Every placed, published proposal's id, title and place: what the map draws, unpaginated. */
export async function GET(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const process = await requireProcess((await params).slug);
    return Response.json({ places: await listProposalPlaces(process.id) });
  });
}
