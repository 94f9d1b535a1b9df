// The accounts an administrator manages, newest first, searched by the start of a name or e-mail.
import { z } from 'zod';

import { decideAccountAdmin } from '@/lib/policy/decide';
import { ACCOUNT_ROLES } from '@/lib/policy/roles';
import { enforce, type Actor } from '@/server/auth/actor';
import { db } from '@/server/db';
import type { Prisma } from '@/server/generated/prisma/client';
import { invalidInput } from '@/server/http/app-error';

import { encodeCursor, pageQuerySchema } from '../page-cursor';

export const ACCOUNT_STATES = ['active', 'blocked'] as const;

export const accountQuerySchema = z
  .object({
    q: z.string().trim().max(100).optional(),
    role: z.enum(ACCOUNT_ROLES).optional(),
    state: z.enum(ACCOUNT_STATES).optional(),
  })
  .extend(pageQuerySchema.shape);

export type AccountRow = { id: string; name: string; email: string; role: string; blocked: boolean; blockedReason: string | null; createdAt: string };

export async function listAccounts(actor: Actor, query: unknown) {
  enforce(decideAccountAdmin(actor));
  const parsed = accountQuerySchema.safeParse(query);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { q, role, state, limit = 25, cursor } = parsed.data;

  // Guests belong to one live session and deleted accounts have no personal data left: neither is managed here.
  const where: Prisma.UserWhereInput = {
    deletedAt: null,
    ...(role ? { role } : { role: { not: 'guest' } }),
    ...(state === 'blocked' ? { blockedAt: { not: null } } : state === 'active' ? { blockedAt: null } : {}),
    ...(q ? { OR: [{ name: { startsWith: q } }, { email: { startsWith: q.toLowerCase() } }] } : {}),
  };
  const after: Prisma.UserWhereInput = cursor
    ? { OR: [{ createdAt: { lt: new Date(cursor[1]) } }, { createdAt: new Date(cursor[1]), id: { lt: cursor[2] } }] }
    : {};
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where: { AND: [where, after] },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: limit + 1,
      select: { id: true, name: true, email: true, role: true, blockedAt: true, blockedReason: true, createdAt: true },
    }),
    db.user.count({ where }),
  ]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const accounts: AccountRow[] = page.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email ?? '',
    role: row.role,
    blocked: !!row.blockedAt,
    blockedReason: row.blockedReason,
    createdAt: row.createdAt.toISOString(),
  }));
  return { accounts, total, nextCursor: rows.length > limit && last ? encodeCursor([0, last.createdAt.getTime(), last.id]) : null };
}
