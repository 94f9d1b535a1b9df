import { actingSubject } from '@/server/auth/actor';
import { moderateContent } from '@/server/domain/moderation/moderate-content';
import { handleRoute } from '@/server/http/app-error';
import { LONG_JSON_MAX_BYTES, readJson } from '@/server/http/read-json';

/** Hide or restore one item or many at once: { action, targets: [{ targetType, targetId }], reason }. */
export async function POST(request: Request) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    return Response.json(await moderateContent(actor, await readJson(request, LONG_JSON_MAX_BYTES)));
  });
}
