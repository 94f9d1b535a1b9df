// The audit log as administrators read it: newest first, filtered by action, actor, target and period.
import { z } from 'zod';

import { decideAccountAdmin } from '@/lib/policy/decide';
import { enforce, type Actor } from '@/server/auth/actor';
import { db } from '@/server/db';
import type { Prisma } from '@/server/generated/prisma/client';
import { invalidInput } from '@/server/http/app-error';
import { encodeCursor, pageQuerySchema } from '@/server/domain/page-cursor';

const day = z.iso.date().optional();

export const auditQuerySchema = z
  .object({
    action: z.string().trim().max(64).optional(),
    actor: z.string().trim().max(64).optional(),
    target: z.string().trim().max(64).optional(),
    /** Inclusive days, YYYY-MM-DD (UTC). */
    from: day,
    to: day,
  })
  .extend(pageQuerySchema.shape);

export type AuditRow = { id: string; action: string; actorId: string | null; actorName: string | null; targetType: string; targetId: string; data: Record<string, unknown>; createdAt: string };

const DAY_MS = 86_400_000;

export async function listAudit(actor: Actor, query: unknown) {
  enforce(decideAccountAdmin(actor));
  const parsed = auditQuerySchema.safeParse(query);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { action, actor: actorId, target, from, to, limit = 50, cursor } = parsed.data;

  const createdAt: Prisma.DateTimeFilter = {};
  if (from) createdAt.gte = new Date(from);
  if (to) createdAt.lt = new Date(new Date(to).getTime() + DAY_MS);
  const where: Prisma.AuditLogWhereInput = {
    ...(action ? { action } : {}),
    ...(actorId ? { actorId } : {}),
    ...(target ? { targetId: target } : {}),
    ...(from || to ? { createdAt } : {}),
  };
  const after: Prisma.AuditLogWhereInput = cursor
    ? { OR: [{ createdAt: { lt: new Date(cursor[1]) } }, { createdAt: new Date(cursor[1]), id: { lt: cursor[2] } }] }
    : {};
  const [rows, total, actions] = await Promise.all([
    db.auditLog.findMany({
      where: { AND: [where, after] },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: limit + 1,
      include: { actor: { select: { name: true } } },
    }),
    db.auditLog.count({ where }),
    db.auditLog.groupBy({ by: ['action'], orderBy: { action: 'asc' } }),
  ]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const entries: AuditRow[] = page.map((row) => ({
    id: row.id,
    action: row.action,
    actorId: row.actorId,
    actorName: row.actor?.name ?? null,
    targetType: row.targetType,
    targetId: row.targetId,
    data: parseData(row.data),
    createdAt: row.createdAt.toISOString(),
  }));
  return { entries, total, actions: actions.map((a) => a.action), nextCursor: rows.length > limit && last ? encodeCursor([0, last.createdAt.getTime(), last.id]) : null };
}

function parseData(text: string): Record<string, unknown> {
  try {
    const value = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  } catch {
    return {};
  }
}
