import { FORMER_PARTICIPANT_NAME } from '@/lib/collab/annotation';
import { recordAudit } from '@/server/audit/record-audit';
import { db } from '@/server/db';
import { signalCollabWatch } from '@/server/signals/collab-watch-signal';

/**
 * Deletes a person's account: they can no longer sign in, their name and email are erased, and
 * their contributions stay, attributed to "former participant". Map marks are renamed in the
 * shared map the next time its room loads (server/collab/anonymize.ts).
 */
export async function deleteAccount(userId: string) {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { deletedAt: new Date(), email: null, passwordHash: null, name: FORMER_PARTICIPANT_NAME } });
    await tx.annotation.updateMany({ where: { authorId: userId }, data: { authorName: FORMER_PARTICIPANT_NAME } });
    await recordAudit({ actorId: userId, action: 'user.delete', targetType: 'user', targetId: userId }, tx);
  });
  signalCollabWatch({ userId });
}
