// A notification for one person, as they chose in /me: a mail now, a line in tomorrow's digest, or nothing.
// Only to a confirmed address (server/domain/mail/email-confirmation.ts): nobody is mailed at an address
// someone else typed.
import type { Prisma } from '@/server/generated/prisma/client';
import { db } from '@/server/db';

import { enqueueMail } from './enqueue-mail';
import type { NotificationData } from './render-mail';

export const NOTIFY_MODES = ['none', 'immediate', 'daily'] as const;
export type NotifyMode = (typeof NOTIFY_MODES)[number];

/** Call it in the transaction that answers, changes or replies, so the notice exists exactly when that does. */
export async function notify(userId: string, data: NotificationData, client: Prisma.TransactionClient = db): Promise<void> {
  const person = await client.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true, locale: true, notifyMode: true, deletedAt: true, emailConfirmedAt: true } });
  if (!person?.email || !person.emailConfirmedAt || person.deletedAt || person.notifyMode === 'none') return;
  if (person.notifyMode === 'daily') {
    await client.pendingNotification.create({ data: { userId, kind: data.kind, data: JSON.stringify(data) } });
    return;
  }
  await enqueueMail({ id: person.id, name: person.name, email: person.email, locale: person.locale }, { kind: 'notification', notification: data }, client);
}
