import { actingSubject } from '@/server/auth/actor';
import { revealPrivateMarks } from '@/server/domain/private-marks/reveal-private-marks';
import { handleRoute } from '@/server/http/app-error';

/** A facilitator puts every private mark into the shared map at once → `{ revealed }`. */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string; id: string }> }) {
  return handleRoute(request, async () => {
    const { slug, id } = await params;
    return Response.json(await revealPrivateMarks(await actingSubject(), slug, id));
  });
}
