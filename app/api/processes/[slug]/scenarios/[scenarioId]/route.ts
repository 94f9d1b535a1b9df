import { actingSubject } from '@/server/auth/actor';
import { deleteScenario, updateScenario } from '@/server/domain/layers/scenarios';
import { handleRoute } from '@/server/http/app-error';
import { readJson } from '@/server/http/read-json';

type Context = { params: Promise<{ slug: string; scenarioId: string }> };

export async function PATCH(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    const { slug, scenarioId } = await params;
    return Response.json({ scenario: await updateScenario(actor, slug, scenarioId, await readJson(request)) });
  });
}

export async function DELETE(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    const { slug, scenarioId } = await params;
    await deleteScenario(actor, slug, scenarioId);
    return new Response(null, { status: 204 });
  });
}
