// The outbox as admins read it on /admin/mail: newest first, 50 a page.
import type { Viewer } from '@/lib/policy/subject';
import { decideAccountAdmin } from '@/lib/policy/decide';
import { enforce } from '@/server/auth/actor';
import { db } from '@/server/db';

export async function listOutbox(viewer: Viewer, options: { cursor?: string; limit?: number } = {}) {
  enforce(decideAccountAdmin(viewer));
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 100);
  const [rows, total] = await Promise.all([
    db.outboxMail.findMany({
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: limit + 1,
      ...(options.cursor ? { cursor: { id: options.cursor }, skip: 0 } : {}),
      select: { id: true, kind: true, toAddress: true, subject: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true },
    }),
    db.outboxMail.count(),
  ]);
  const mails = rows.slice(0, limit);
  return { mails, total, nextCursor: rows.length > limit ? rows[limit].id : null };
}
