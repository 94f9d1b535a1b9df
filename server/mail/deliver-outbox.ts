// Delivers the outbox: each due mail is claimed, sent, and marked sent; a failure schedules another
// try later (backoff), and after the last try the mail stays in the table as failed, never lost.
import { db } from '@/server/db';

import type { MailTransport } from './mail-transport';

export const MAX_ATTEMPTS = 8;
const FIRST_RETRY_MS = 30_000;
const LONGEST_WAIT_MS = 6 * 60 * 60_000;
const BATCH = 20;

/** How long to wait after the `attempts`-th failed try: 30 s, 1 min, 2 min… at most 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_WAIT_MS);
}

export type DeliveryReport = { sent: number; failed: number };

export async function deliverDueMail(transport: MailTransport, now = new Date()): Promise<DeliveryReport> {
  const due = await db.outboxMail.findMany({
    where: { status: 'pending', nextAttemptAt: { lte: now } },
    orderBy: { nextAttemptAt: 'asc' },
    take: BATCH,
  });
  const report = { sent: 0, failed: 0 };
  for (const mail of due) {
    // Claim it: another sender (a second web process) that read the same row finds attempts moved on.
    const claim = await db.outboxMail.updateMany({
      where: { id: mail.id, status: 'pending', attempts: mail.attempts },
      data: { attempts: mail.attempts + 1, nextAttemptAt: new Date(now.getTime() + retryDelayMs(mail.attempts + 1)) },
    });
    if (claim.count !== 1) continue;
    try {
      await transport.send({ id: mail.id, to: mail.toAddress, subject: mail.subject, text: mail.text, html: mail.html, headers: JSON.parse(mail.headers) as Record<string, string> });
      await db.outboxMail.update({ where: { id: mail.id }, data: { status: 'sent', sentAt: new Date(), lastError: '' } });
      report.sent += 1;
    } catch (error) {
      const lastError = error instanceof Error ? error.message.slice(0, 500) : String(error).slice(0, 500);
      const gaveUp = mail.attempts + 1 >= MAX_ATTEMPTS;
      await db.outboxMail.update({ where: { id: mail.id }, data: { lastError, ...(gaveUp ? { status: 'failed' } : {}) } });
      report.failed += 1;
    }
  }
  return report;
}
