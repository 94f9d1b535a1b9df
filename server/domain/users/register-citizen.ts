import { signUpSchema } from '@/lib/schemas/account';
import { SELF_SERVICE_ROLE } from '@/lib/policy/roles';
import { hashPassword } from '@/server/auth/password';
import { recordAudit } from '@/server/audit/record-audit';
import { db } from '@/server/db';
import { AppError, invalidInput } from '@/server/http/app-error';

/** Creates a citizen account. */
export async function registerCitizen(input: unknown, locale: string) {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { name, email, password } = parsed.data;

  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) throw new AppError(409, 'email_taken', 'An account with this email already exists. Sign in instead.');

  const user = await db.user.create({
    data: { name, email, passwordHash: await hashPassword(password), role: SELF_SERVICE_ROLE, locale },
    select: { id: true, name: true, email: true, role: true },
  });
  await recordAudit({ actorId: user.id, action: 'user.register', targetType: 'user', targetId: user.id });
  return user;
}
