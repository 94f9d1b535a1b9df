import { viewingSubject } from '@/server/auth/actor';
import { territoryFromArea } from '@/server/domain/processes/territory-areas';
import { handleRoute } from '@/server/http/app-error';

type Params = { params: Promise<{ slug: string; layerId: string; featureId: string }> };

/** An area of a layer as a territory (admins): `{ name, bounds, territory }` for the process form. */
export async function GET(request: Request, { params }: Params) {
  return handleRoute(request, async () => {
    const { slug, layerId, featureId } = await params;
    return Response.json(await territoryFromArea(await viewingSubject(), slug, layerId, featureId));
  });
}
