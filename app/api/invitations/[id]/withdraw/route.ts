import { actingSubject } from '@/server/auth/actor';
import { withdrawInvitation } from '@/server/domain/invitations/invitations';
import { handleRoute } from '@/server/http/app-error';

/** An administrator withdraws a link not used yet → 200 { invitation }; used or already withdrawn → 409 invitation_invalid. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    return Response.json({ invitation: await withdrawInvitation(actor, (await params).id) });
  });
}
