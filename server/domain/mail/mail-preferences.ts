// A person's choice of notification mails, and the unsubscribe link that needs no sign-in.
import { z } from '@/lib/zod';
import { recordAudit } from '@/server/audit/record-audit';
import { db } from '@/server/db';
import { AppError, invalidInput } from '@/server/http/app-error';
import { NOTIFY_MODES, type NotifyMode } from '@/server/mail/notify';
import { verifyUnsubscribe } from '@/server/mail/unsubscribe-link';

const modeSchema = z.object({ notifyMode: z.enum(NOTIFY_MODES) });

export async function setNotifyMode(userId: string, input: unknown): Promise<NotifyMode> {
  const parsed = modeSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  await db.user.update({ where: { id: userId }, data: { notifyMode: parsed.data.notifyMode } });
  return parsed.data.notifyMode;
}

/** The signed link from a mail: notification mails stop. Idempotent, so a second click changes nothing. */
export async function unsubscribe(userId: string, signature: string): Promise<void> {
  if (!userId || !signature || userId.length > 64 || !verifyUnsubscribe(userId, signature)) {
    throw new AppError(404, 'invalid_link', 'This unsubscribe link is not valid.');
  }
  const { count } = await db.user.updateMany({ where: { id: userId, notifyMode: { not: 'none' } }, data: { notifyMode: 'none' } });
  if (count) await recordAudit({ actorId: userId, action: 'user.unsubscribe', targetType: 'user', targetId: userId });
}
