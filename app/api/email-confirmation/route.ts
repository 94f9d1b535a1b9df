import { confirmEmail } from '@/server/domain/mail/email-confirmation';
import { handleRoute } from '@/server/http/app-error';
import { readJson } from '@/server/http/read-json';

/** Confirms the address a confirmation link was sent to: once, within two days; 410 invalid_link otherwise. */
export async function POST(request: Request) {
  return handleRoute(request, async () => {
    await confirmEmail(await readJson(request));
    return Response.json({ confirmed: true });
  });
}
