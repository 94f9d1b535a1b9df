// The daily digest: a person who chose "one mail a day" gets their pending notifications in one mail,
// once the oldest has waited a day.
import { db } from '@/server/db';

import { enqueueMail } from './enqueue-mail';
import type { NotificationData } from './render-mail';

const DAY_MS = 24 * 60 * 60_000;
const PEOPLE_PER_RUN = 50;

export async function sendDueDigests(now = new Date()): Promise<number> {
  const due = await db.pendingNotification.groupBy({
    by: ['userId'],
    _min: { createdAt: true },
    having: { createdAt: { _min: { lte: new Date(now.getTime() - DAY_MS) } } },
    take: PEOPLE_PER_RUN,
    orderBy: { userId: 'asc' },
  });
  let sent = 0;
  for (const { userId } of due) {
    await db.$transaction(async (tx) => {
      const pending = await tx.pendingNotification.findMany({ where: { userId, createdAt: { lte: now } }, orderBy: { createdAt: 'asc' }, take: 200 });
      const person = await tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true, locale: true, notifyMode: true, deletedAt: true, emailConfirmedAt: true } });
      await tx.pendingNotification.deleteMany({ where: { id: { in: pending.map((p) => p.id) } } });
      if (!person?.email || !person.emailConfirmedAt || person.deletedAt || person.notifyMode === 'none' || pending.length === 0) return;
      const notifications = pending.map((p) => JSON.parse(p.data) as NotificationData);
      await enqueueMail({ id: person.id, name: person.name, email: person.email, locale: person.locale }, { kind: 'digest', notifications }, tx);
      sent += 1;
    });
  }
  return sent;
}
