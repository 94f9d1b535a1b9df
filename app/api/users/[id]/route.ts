import { z } from '@/lib/zod';

import { actingSubject } from '@/server/auth/actor';
import { blockParticipant } from '@/server/domain/moderation/block-participant';
import { changeRole } from '@/server/domain/users/change-role';
import { handleRoute } from '@/server/http/app-error';
import { readJson } from '@/server/http/read-json';

const blocking = z.object({ blocked: z.boolean() }).passthrough();

/**
 * An administrator changes an account: `{ role }` (the last administrator cannot be demoted: 409
 * last_admin), or `{ blocked, reason }` to block or unblock it across the installation.
 */
export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    const id = (await params).id;
    const input = await readJson(request);
    const block = blocking.safeParse(input);
    if (block.success) {
      const { blocked, ...rest } = block.data;
      await blockParticipant(actor, null, { ...rest, userId: id, block: blocked });
      return Response.json({ user: { id, blocked } });
    }
    return Response.json({ user: await changeRole(actor, id, input) });
  });
}
