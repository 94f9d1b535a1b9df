import { actingSubject } from '@/server/auth/actor';
import { createInvitation, listInvitations } from '@/server/domain/invitations/invitations';
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

/** Administrators list invitations, newest first: `limit`, `cursor` → { invitations, nextCursor, total }. */
export async function GET(request: Request) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    return Response.json(await listInvitations(actor, Object.fromEntries(new URL(request.url).searchParams)));
  });
}
