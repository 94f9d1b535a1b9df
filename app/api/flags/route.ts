import { actingSubject } from '@/server/auth/actor';
import { flagContent } from '@/server/domain/moderation/flag-content';
import { handleRoute } from '@/server/http/app-error';
import { readJson } from '@/server/http/read-json';

export async function POST(request: Request) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    const flag = await flagContent(actor, await readJson(request));
    return Response.json({ flag: { id: flag.id } }, { status: 201 });
  });
}
