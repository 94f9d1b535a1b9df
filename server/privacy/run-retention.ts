// Enforces what /privacy promises: a guest's name is cleared 30 days after their live session ended,
// and a deleted account keeps no personal data. Contributions stay, signed "former participant".
// Run by the collab server on a timer and by `npm run retention`.
import { FORMER_PARTICIPANT_NAME } from '@/lib/collab/annotation';
import { guestCutoff } from '@/lib/privacy/retention-policy';
import { recordAudit } from '@/server/audit/record-audit';
import type { Prisma, PrismaClient } from '@/server/generated/prisma/client';

export type RetentionResult = { guests: number; deletedAccounts: number };

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
  const result = { guests, deletedAccounts };
  if (guests + deletedAccounts > 0) await recordAudit({ actorId: null, action: 'retention.run', targetType: 'installation', targetId: 'retention', data: result }, db);
  return result;
}
