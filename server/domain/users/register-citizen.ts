import { z } from 'zod';

import { signUpSchema } from '@/lib/schemas/account';
import { SELF_SERVICE_ROLE } from '@/lib/policy/roles';
import { hashPassword } from '@/server/auth/password';
import { recordAudit } from '@/server/audit/record-audit';
import { db } from '@/server/db';
import { AppError, invalidInput } from '@/server/http/app-error';
import { linkTokenSchema } from '@/server/links/one-time-token';

import { redeemInvitation } from '../invitations/invitations';
import { sendEmailConfirmation } from '../mail/email-confirmation';

const invitationField = z.object({ invitation: linkTokenSchema.optional() });

/** Creates a citizen account, or with a working invitation link's token, an account with the role it gives; the address gets a confirmation mail. */
export async function registerCitizen(input: unknown, locale: string) {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { name, email, password } = parsed.data;
  const invitation = invitationField.safeParse(input).data?.invitation;

  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) throw new AppError(409, 'email_taken', 'An account with this email already exists. Sign in instead.');

  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { name, email, passwordHash, role: SELF_SERVICE_ROLE, locale }, select: { id: true, name: true, email: true, role: true } });
    await recordAudit({ actorId: user.id, action: 'user.register', targetType: 'user', targetId: user.id }, tx);
    // A used or expired link undoes the whole sign-up: nobody ends up with an account they did not ask for.
    if (invitation) user.role = await redeemInvitation(tx, invitation, user.id);
    await sendEmailConfirmation({ id: user.id, name: user.name, email, locale }, tx);
    return user;
  });
}
