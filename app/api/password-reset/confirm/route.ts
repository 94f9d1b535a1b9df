import { completePasswordReset } from '@/server/domain/mail/password-reset';
import { handleRoute } from '@/server/http/app-error';
import { readJson } from '@/server/http/read-json';

/** Sets a new password with the link's token: once, within the hour; 410 invalid_link otherwise. */
export async function POST(request: Request) {
  return handleRoute(request, async () => {
    await completePasswordReset(await readJson(request));
    return Response.json({ ok: true });
  });
}
