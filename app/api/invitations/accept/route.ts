import { z } from '@/lib/zod';

import { actingSubject } from '@/server/auth/actor';
import { acceptInvitation } from '@/server/domain/invitations/invitations';
import { handleRoute, invalidInput } from '@/server/http/app-error';
import { readJson } from '@/server/http/read-json';
import { linkTokenSchema } from '@/server/links/one-time-token';

const body = z.object({ token: linkTokenSchema });

/** The signed-in person takes the role an invitation link gives: { token } → { role }; a used or expired link → 409 invitation_invalid. */
export async function POST(request: Request) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    const parsed = body.safeParse(await readJson(request));
    if (!parsed.success) throw invalidInput(parsed.error);
    return Response.json({ role: await acceptInvitation(actor, parsed.data.token) });
  });
}
