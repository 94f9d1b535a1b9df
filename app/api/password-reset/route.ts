import { requestPasswordReset } from '@/server/domain/mail/password-reset';
import { handleRoute } from '@/server/http/app-error';
import { clientAddress } from '@/server/http/client-address';
import { readJson } from '@/server/http/read-json';

/** Asks for a reset link: 202 whether or not the address has an account (the mail goes through the outbox). */
export async function POST(request: Request) {
  return handleRoute(request, async () => {
    await requestPasswordReset(await readJson(request), clientAddress(request));
    return Response.json({ accepted: true }, { status: 202 });
  });
}
