import { z } from 'zod';

import { decideRoleChange } from '@/lib/policy/decide';
import { ACCOUNT_ROLES } from '@/lib/policy/roles';
import { enforce, type Actor } from '@/server/auth/actor';
import { recordAudit } from '@/server/audit/record-audit';
import { db } from '@/server/db';
import type { Prisma } from '@/server/generated/prisma/client';
import { AppError, invalidInput } from '@/server/http/app-error';
import { signalCollabWatch } from '@/server/signals/collab-watch-signal';

export const roleInputSchema = z.strictObject({ role: z.enum(ACCOUNT_ROLES) });

/** Administrators who can still act: the installation must always keep one. */
export const ACTIVE_ADMIN = { role: 'admin', blockedAt: null, deletedAt: null } satisfies Prisma.UserWhereInput;

/**
 * Gives an account another role. The policy and the database agree on the next request: every
 * request reads the role from the User row (server/auth/subject.ts), and the collab server's account
 * watch re-judges the person's open sockets at once (with REDIS_URL: signalled) or within half a second of `updatedAt` changing.
 */
export async function changeRole(actor: Actor, userId: string, input: unknown) {
  const parsed = roleInputSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { role } = parsed.data;

  const changed = await db.$transaction(async (tx) => {
    const person = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true, deletedAt: true } });
    if (!person) throw new AppError(404, 'not_found', 'There is no such account.');
    const activeAdmins = await tx.user.count({ where: ACTIVE_ADMIN });
    enforce(decideRoleChange(actor, { ...person, deleted: !!person.deletedAt }, role, activeAdmins));
    if (person.role === role) return { id: person.id, role };
    const updated = await tx.user.update({ where: { id: userId }, data: { role }, select: { id: true, role: true } });
    // Two administrators demoting each other at once: the second write waits for the first, so this count is current.
    if ((await tx.user.count({ where: ACTIVE_ADMIN })) === 0) throw new AppError(409, 'last_admin', 'The installation must keep at least one administrator.');
    await recordAudit({ actorId: actor.id, action: 'user.role', targetType: 'user', targetId: userId, data: { from: person.role, to: role } }, tx);
    return updated;
  });
  signalCollabWatch({ userId });
  return changed;
}
