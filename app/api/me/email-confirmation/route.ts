import { actingSubject } from '@/server/auth/actor';
import { resendEmailConfirmation } from '@/server/domain/mail/email-confirmation';
import { handleRoute } from '@/server/http/app-error';

/** Sends the signed-in person a new confirmation link (202), or says the address is already confirmed (200). */
export async function POST(request: Request) {
  return handleRoute(request, async () => {
    const { confirmed } = await resendEmailConfirmation(await actingSubject());
    return Response.json({ confirmed, sent: !confirmed }, { status: confirmed ? 200 : 202 });
  });
}
