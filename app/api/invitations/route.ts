import { actingSubject } from '@/server/auth/actor';
import { createInvitation } from '@/server/domain/invitations/invitations';
import { handleRoute } from '@/server/http/app-error';
import { readJson } from '@/server/http/read-json';

/** An administrator creates an invitation { role: facilitator|councillor, label? } → 201 { invitation, path } (the path is shown once). */
export async function POST(request: Request) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    const { invitation, token } = await createInvitation(actor, await readJson(request));
    return Response.json({ invitation: { id: invitation.id, role: invitation.role, label: invitation.label, expiresAt: invitation.expiresAt }, path: `/invite/${token}` }, { status: 201 });
  });
}
