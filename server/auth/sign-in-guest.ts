// Signs a guest in the way every other sign-in works (next-auth, JWT session cookie), so the rest
// of the app knows them by the same session: /api/auth/session, the collab token, every route.
import { signIn } from './auth';
import { signGuestTicket } from './guest-ticket';

export async function signInGuest(guestId: string): Promise<void> {
  await signIn('guest', { ticket: await signGuestTicket(guestId), redirect: false });
}
