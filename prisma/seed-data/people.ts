// The demo's people administration in use: the data controller on /privacy, an open invitation for a
// councillor (its link printed once, as an admin would copy it), and the audit entries of the
// demo staff's roles as if an admin had given them in the browser.
import { recordAudit } from '@/server/audit/record-audit';
import { db } from '@/server/db';
import { INVITATION_TTL_MS } from '@/server/domain/invitations/invitations';
import { issueToken } from '@/server/links/one-time-token';

const CONTROLLER = {
  controllerName: 'Demo City Council (illustrative)',
  controllerContact: 'Data protection officer, Town Hall, 1 Demo Square — privacy@example.org',
};

export async function seedPeople(adminId: string) {
  for (const [key, value] of Object.entries(CONTROLLER)) {
    await db.installationSetting.upsert({ where: { key }, create: { key, value }, update: {} });
  }

  if ((await db.auditLog.count({ where: { action: 'user.role' } })) === 0) {
    const staff = await db.user.findMany({ where: { role: { in: ['facilitator', 'councillor'] }, email: { endsWith: '@example.org' } }, select: { id: true, role: true } });
    for (const person of staff) await recordAudit({ actorId: adminId, action: 'user.role', targetType: 'user', targetId: person.id, data: { from: 'citizen', to: person.role } });
  }

  const open = await db.invitation.count({ where: { usedAt: null, revokedAt: null, expiresAt: { gt: new Date() } } });
  if (open > 0) return null;
  const invitation = await db.invitation.create({ data: { role: 'councillor', label: 'Councillor for the riverside ward (demo)', createdById: adminId, expiresAt: new Date(Date.now() + INVITATION_TTL_MS) } });
  const token = await issueToken({ purpose: 'invitation', subject: invitation.id, ttlMs: INVITATION_TTL_MS, data: { role: invitation.role } });
  await recordAudit({ actorId: adminId, action: 'invitation.create', targetType: 'invitation', targetId: invitation.id, data: { role: invitation.role } });
  return `/invite/${token}`;
}
