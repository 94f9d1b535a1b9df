// Enforces what /privacy promises: a guest's name is cleared 30 days after their live session ended,
// and a deleted account keeps no personal data. Contributions stay, signed "former participant".
// Mail leftovers go too: link tokens once used or expired, notifications waiting for a digest that
// will never be sent, and delivered mails 30 days after sending.
// Run by the collab server on a timer and by `npm run retention`.
import { FORMER_PARTICIPANT_NAME } from '@/lib/collab/annotation';
import { guestCutoff, sentMailCutoff } from '@/lib/privacy/retention-policy';
import { recordAudit } from '@/server/audit/record-audit';
import type { Prisma, PrismaClient } from '@/server/generated/prisma/client';

export type RetentionResult = { guests: number; deletedAccounts: number; linkTokens: number; notifications: number; sentMails: number };

const BATCH = 500;
const CLEARED = { name: FORMER_PARTICIPANT_NAME, email: null, passwordHash: null, blockedReason: null };

/** Clears the people `where` finds, a batch at a time (a big backlog is no single huge write); `where` must stop matching cleared rows. */
async function clearInBatches(db: PrismaClient, where: Prisma.UserWhereInput, data: Prisma.UserUpdateManyMutationInput): Promise<number> {
  let cleared = 0;
  for (;;) {
    const ids = (await db.user.findMany({ where, select: { id: true }, take: BATCH })).map((user) => user.id);
    if (ids.length === 0) return cleared;
    await db.$transaction(async (tx) => {
      await tx.user.updateMany({ where: { id: { in: ids } }, data });
      await tx.annotation.updateMany({ where: { authorId: { in: ids } }, data: { authorName: FORMER_PARTICIPANT_NAME } });
      await tx.sessionParticipant.updateMany({ where: { userId: { in: ids } }, data: { displayName: FORMER_PARTICIPANT_NAME } });
    });
    cleared += ids.length;
  }
}

/** What mail leaves behind once it has done its job. Each is one statement on an indexed condition. */
async function clearMailLeftovers(db: PrismaClient, now: Date) {
  const linkTokens = (await db.linkToken.deleteMany({ where: { OR: [{ expiresAt: { lt: now } }, { usedAt: { not: null } }] } })).count;
  // A digest is never sent to a deleted account, one that chose no mail, or an address not confirmed.
  const notifications = await db.$executeRaw`
    DELETE FROM "PendingNotification" WHERE "userId" NOT IN (
      SELECT "id" FROM "User" WHERE "deletedAt" IS NULL AND "notifyMode" <> 'none' AND "emailConfirmedAt" IS NOT NULL)`;
  const sentMails = (await db.outboxMail.deleteMany({ where: { status: 'sent', sentAt: { lt: sentMailCutoff(now) } } })).count;
  return { linkTokens, notifications, sentMails };
}

export async function runRetention(db: PrismaClient, now = new Date()): Promise<RetentionResult> {
  const cutoff = guestCutoff(now);
  // Setting deletedAt also tells the collab server's account watch to rename the guest's marks in open rooms.
  const guests = await clearInBatches(
    db,
    { role: 'guest', deletedAt: null, OR: [{ guestSession: { endedAt: { lt: cutoff } } }, { guestSessionId: null, createdAt: { lt: cutoff } }] },
    { ...CLEARED, deletedAt: now },
  );
  // Deleted accounts with anything personal left (deleted before a field was cleared on deletion, or blocked with a reason).
  const deletedAccounts = await clearInBatches(
    db,
    { deletedAt: { not: null }, OR: [{ email: { not: null } }, { passwordHash: { not: null } }, { blockedReason: { not: null } }, { name: { not: FORMER_PARTICIPANT_NAME } }] },
    CLEARED,
  );
  const result = { guests, deletedAccounts, ...(await clearMailLeftovers(db, now)) };
  if (Object.values(result).some((count) => count > 0)) await recordAudit({ actorId: null, action: 'retention.run', targetType: 'installation', targetId: 'retention', data: result }, db);
  return result;
}
