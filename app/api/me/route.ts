import { z } from '@/lib/zod';

import { wellFormedText } from '@/lib/schemas/text';

import { actingSubject } from '@/server/auth/actor';
import { currentUser, signOut } from '@/server/auth/auth';
import { verifyPassword } from '@/server/auth/password';
import { db } from '@/server/db';
import { setNotifyMode } from '@/server/domain/mail/mail-preferences';
import { deleteAccount } from '@/server/domain/users/delete-account';
import { AppError, handleRoute, invalidInput } from '@/server/http/app-error';
import { readJson } from '@/server/http/read-json';

/** Deletes the signed-in person's account after they confirm with their password. */
export async function DELETE(request: Request) {
  return handleRoute(request, async () => {
    const user = await currentUser();
    if (!user) throw new AppError(401, 'sign_in_required', 'Sign in to delete your account.');
    const body = z.object({ password: wellFormedText().min(1).max(200) }).safeParse(await readJson(request));
    if (!body.success) throw invalidInput(body.error);
    const account = await db.user.findUnique({ where: { id: user.id } });
    if (!account?.passwordHash || !(await verifyPassword(body.data.password, account.passwordHash))) throw new AppError(403, 'wrong_password', 'That password is not right.');
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
