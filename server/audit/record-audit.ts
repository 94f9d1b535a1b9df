// The one way anything is written to the audit log, so every entry has the same shape and the admin
// page (server/audit/list-audit.ts) can filter them. Pass a transaction client to log with the change.
import { db } from '@/server/db';
import type { Prisma } from '@/server/generated/prisma/client';

export type AuditEntry = {
  /** Who did it; null for the system (a retention run). */
  actorId: string | null;
  /** `<aggregate>.<verb>`, e.g. `user.role`, `user.block`, `invitation.create`. */
  action: string;
  targetType: string;
  targetId: string;
  data?: Record<string, unknown>;
};

type AuditWriter = Pick<Prisma.TransactionClient, 'auditLog'>;

export async function recordAudit(entry: AuditEntry, client: AuditWriter = db): Promise<void> {
  const { data, ...rest } = entry;
  await client.auditLog.create({ data: { ...rest, data: JSON.stringify(data ?? {}) } });
}
