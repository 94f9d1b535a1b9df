// The demo's accounts have confirmed addresses (so notification mails reach them), one demo
// participant reads hers in a daily digest, and one invitation was withdrawn by the admin.
import { recordAudit } from '@/server/audit/record-audit';
import { db } from '@/server/db';
import { INVITATION_TTL_MS } from '@/server/domain/invitations/invitations';

export async function seedMailChoicesAndInvitations(emails: string[], adminId: string) {
  await db.user.updateMany({ where: { email: { in: emails }, emailConfirmedAt: null }, data: { emailConfirmedAt: new Date() } });
  await db.user.updateMany({ where: { email: 'priya@example.org', notifyMode: 'immediate' }, data: { notifyMode: 'daily' } });
  if ((await db.invitation.count({ where: { revokedAt: { not: null } } })) > 0) return;
  const now = new Date();
  const invitation = await db.invitation.create({ data: { role: 'facilitator', label: 'Workshop helper (sent by mistake, demo)', createdById: adminId, expiresAt: new Date(now.getTime() + INVITATION_TTL_MS), revokedAt: now } });
  await recordAudit({ actorId: adminId, action: 'invitation.revoke', targetType: 'invitation', targetId: invitation.id, data: { role: invitation.role } });
}
