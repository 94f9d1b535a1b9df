import { actingSubject } from '@/server/auth/actor';
import { createScenario } from '@/server/domain/layers/scenarios';
import { handleRoute } from '@/server/http/app-error';
import { readJson } from '@/server/http/read-json';

type Context = { params: Promise<{ slug: string }> };

export async function POST(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    return Response.json({ scenario: await createScenario(actor, (await params).slug, await readJson(request)) }, { status: 201 });
  });
}
