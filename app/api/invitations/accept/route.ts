import { z } from '@/lib/zod';

import { actingSubject } from '@/server/auth/actor';
import { acceptInvitation } from '@/server/domain/invitations/invitations';
import { AppError, handleRoute } from '@/server/http/app-error';
import { readJson } from '@/server/http/read-json';

const body = z.object({ token: z.string().max(100) });

/** The signed-in person takes the role an invitation link gives: { token } → { role }; a used or expired link → 409 invitation_invalid. */
export async function POST(request: Request) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    const parsed = body.safeParse(await readJson(request));
    if (!parsed.success) throw new AppError(400, 'invalid_input', 'token: the invitation link’s token.');
    return Response.json({ role: await acceptInvitation(actor, parsed.data.token) });
  });
}
