import { currentSubject } from '@/server/auth/subject';
import { signInGuest } from '@/server/auth/sign-in-guest';
import { joinSession } from '@/server/domain/live-sessions/join-session';
import { handleRoute } from '@/server/http/app-error';
import { clientAddress } from '@/server/http/client-address';
import { readJson } from '@/server/http/read-json';

export const dynamic = 'force-dynamic';

/** `{ code, name }` → `{ process, session }`, and a guest's session cookie for whoever was not signed in. */
export async function POST(request: Request) {
  return handleRoute(request, async () => {
    const viewer = await currentSubject();
    const { newGuest, ...joined } = await joinSession(viewer, await readJson(request), clientAddress(request));
    if (newGuest) await signInGuest(newGuest);
    return Response.json(joined, { headers: { 'cache-control': 'no-store' } });
  });
}
