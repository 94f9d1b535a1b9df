import { FORMER_PARTICIPANT_NAME } from '@/lib/collab/annotation';
import { db } from '@/server/db';

/**
 * Deletes a person's account: they can no longer sign in, their name and email are erased, and
 * their contributions stay, attributed to "former participant". Map marks are renamed in the
 * shared map the next time its room loads (server/collab/anonymize.ts).
 */
export async function deleteAccount(userId: string) {
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { deletedAt: new Date(), email: null, passwordHash: null, name: FORMER_PARTICIPANT_NAME } }),
    db.annotation.updateMany({ where: { authorId: userId }, data: { authorName: FORMER_PARTICIPANT_NAME } }),
    db.auditLog.create({ data: { actorId: userId, action: 'user.delete', targetType: 'user', targetId: userId } }),
  ]);
}
