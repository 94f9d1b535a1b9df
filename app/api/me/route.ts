import { z } from '@/lib/zod';

import { wellFormedText } from '@/lib/schemas/text';

import { actingSubject, viewerOf } from '@/server/auth/actor';
import { currentUser, signOut } from '@/server/auth/auth';
import { verifyCredentials } from '@/server/auth/verify-credentials';
import { setNotifyMode } from '@/server/domain/mail/mail-preferences';
import { deleteAccount } from '@/server/domain/users/delete-account';
import { AppError, handleRoute, invalidInput } from '@/server/http/app-error';
import { clientAddress } from '@/server/http/client-address';
import { readJson } from '@/server/http/read-json';
import { requestSubject } from '@/server/http/request-person';

/**
 * Who is asking, for a page rendered without them (server/web/anonymous-page-cache.ts): the top bar's
 * `user` and the policy's `viewer` (lib/policy), both `null` for a visitor. Their own, never stored.
 */
export async function GET(request: Request) {
  return handleRoute(request, async () => {
    // One read of the person: a route handler has no render for React's `cache` to share it across.
    const viewer = viewerOf(await requestSubject());
    const answer = { user: viewer && { id: viewer.id, name: viewer.name, role: viewer.role }, viewer };
    return Response.json(answer, { headers: { 'cache-control': 'private, no-store' } });
  });
}

/** Deletes the signed-in person's account after they confirm with their password. */
export async function DELETE(request: Request) {
  return handleRoute(request, async () => {
    const user = await currentUser();
    if (!user) throw new AppError(401, 'sign_in_required', 'Sign in to delete your account.');
    const body = z.object({ password: wellFormedText().min(1).max(200) }).safeParse(await readJson(request));
    if (!body.success) throw invalidInput(body.error);
    // Through the sign-in throttle: this form must not be a way round it to guess a password.
    const check = await verifyCredentials({ email: user.email, password: body.data.password }, clientAddress(request));
    if (!check.ok && check.reason === 'rate_limited') throw new AppError(429, 'rate_limited', `Too many wrong passwords. Try again in ${Math.ceil(check.retryAfterMs / 1000)} seconds.`);
    if (!check.ok || check.user.id !== user.id) throw new AppError(403, 'wrong_password', 'That password is not right.');
    await deleteAccount(user.id);
    await signOut({ redirect: false });
    return Response.json({ ok: true });
  });
}

/** The signed-in person's choice of notification mails: `{ notifyMode: "none" | "immediate" | "daily" }`. */
export async function PATCH(request: Request) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    return Response.json({ notifyMode: await setNotifyMode(actor.id, await readJson(request)) });
  });
}
