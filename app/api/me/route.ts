import { z } from 'zod';

import { currentUser, signOut } from '@/server/auth/auth';
import { verifyPassword } from '@/server/auth/password';
import { db } from '@/server/db';
import { deleteAccount } from '@/server/domain/users/delete-account';
import { AppError, handleRoute } from '@/server/http/app-error';
import { readJson } from '@/server/http/read-json';

/** Deletes the signed-in person's account after they confirm with their password. */
export async function DELETE(request: Request) {
  return handleRoute(async () => {
    const user = await currentUser();
    if (!user) throw new AppError(401, 'sign_in_required', 'Sign in to delete your account.');
    const body = z.object({ password: z.string().min(1).max(200) }).safeParse(await readJson(request));
    if (!body.success) throw new AppError(400, 'invalid_input', 'Enter your password to confirm.', { field: 'password', problem: 'empty' });
    const account = await db.user.findUnique({ where: { id: user.id } });
    if (!account?.passwordHash || !(await verifyPassword(body.data.password, account.passwordHash))) throw new AppError(403, 'wrong_password', 'That password is not right.');
    await deleteAccount(user.id);
    await signOut({ redirect: false });
    return Response.json({ ok: true });
  });
}
