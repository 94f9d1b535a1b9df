// Invitations: an admin makes a single-use link that gives a facilitator or councillor role. The
// link's token is a one-time token (server/links/one-time-token.ts); the Invitation row is what
// admins see. The link is not tied to an address, so it tells nobody whether anyone has an account.
import { z } from 'zod';

import { decideAccountAdmin } from '@/lib/policy/decide';
import { INVITABLE_ROLES, isRole, type InvitableRole } from '@/lib/policy/roles';
import { wellFormedText } from '@/lib/schemas/text';
import { enforce, type Actor } from '@/server/auth/actor';
import { recordAudit } from '@/server/audit/record-audit';
import { db } from '@/server/db';
import type { Prisma } from '@/server/generated/prisma/client';
import { AppError, invalidInput } from '@/server/http/app-error';
import { issueToken, peekToken, redeemToken, revokeTokens } from '@/server/links/one-time-token';

import { encodeCursor, pageQuerySchema } from '../page-cursor';

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export const invitationInputSchema = z.strictObject({
  role: z.enum(INVITABLE_ROLES),
  label: wellFormedText().trim().max(120, 'too_long').default(''),
});

/** An invitation's id as a route carries it. */
const invitationIdSchema = wellFormedText().min(1).max(64);

const gone = () => new AppError(409, 'invitation_invalid', 'This invitation link was used, withdrawn or has expired.');

/** Creates an invitation; the token is returned once, to be copied into the link, and never stored. */
export async function createInvitation(actor: Actor, input: unknown, now = new Date()) {
  enforce(decideAccountAdmin(actor));
  const parsed = invitationInputSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.create({ data: { ...parsed.data, createdById: actor.id, expiresAt: new Date(now.getTime() + INVITATION_TTL_MS) } });
    const token = await issueToken({ purpose: 'invitation', subject: invitation.id, ttlMs: INVITATION_TTL_MS, data: { role: invitation.role }, now }, tx);
    await recordAudit({ actorId: actor.id, action: 'invitation.create', targetType: 'invitation', targetId: invitation.id, data: { role: invitation.role } }, tx);
    return { invitation, token };
  });
}

/** The role a still-working link offers, without using it (to show the page), or null. */
export async function invitationOffer(token: string): Promise<{ role: InvitableRole } | null> {
  const grant = await peekToken(token, 'invitation');
  const invitation = grant ? await db.invitation.findUnique({ where: { id: grant.subject } }) : null;
  if (!invitation || invitation.revokedAt || invitation.usedAt) return null;
  return { role: invitation.role as InvitableRole };
}

/**
 * Uses the link for this account, inside the caller's transaction (the sign-up that creates the
 * account, or an acceptance): the token works once, so two people with one link cannot both win.
 */
export async function redeemInvitation(tx: Prisma.TransactionClient, token: string, userId: string, now = new Date()): Promise<InvitableRole> {
  const grant = await redeemToken(token, 'invitation', tx, now);
  const invitation = grant ? await tx.invitation.findUnique({ where: { id: grant.subject } }) : null;
  if (!invitation || invitation.revokedAt || invitation.usedAt || !isRole(invitation.role)) throw gone();
  await tx.invitation.update({ where: { id: invitation.id }, data: { usedAt: now, usedById: userId } });
  await tx.user.update({ where: { id: userId }, data: { role: invitation.role } });
  await recordAudit({ actorId: userId, action: 'invitation.use', targetType: 'invitation', targetId: invitation.id, data: { role: invitation.role } }, tx);
  return invitation.role as InvitableRole;
}

/** A signed-in person accepts: an administrator keeps their role (an invitation never demotes). */
export async function acceptInvitation(actor: Actor, token: string) {
  if (actor.role === 'admin' || actor.role === 'guest') throw new AppError(409, 'invalid_transition', 'This account cannot take an invitation’s role.');
  return db.$transaction((tx) => redeemInvitation(tx, token, actor.id));
}

export type InvitationRow = { id: string; role: string; label: string; state: 'open' | 'used' | 'expired' | 'revoked'; createdAt: string; expiresAt: string };

type InvitationRecord = { id: string; role: string; label: string; revokedAt: Date | null; usedAt: Date | null; expiresAt: Date; createdAt: Date };

function rowOf(row: InvitationRecord, now: Date): InvitationRow {
  return {
    id: row.id,
    role: row.role,
    label: row.label,
    state: row.revokedAt ? 'revoked' : row.usedAt ? 'used' : row.expiresAt <= now ? 'expired' : 'open',
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
  };
}

/** Invitations for the admin page, newest first, a page at a time (`limit` 1–100, default 20, `cursor`). */
export async function listInvitations(actor: Actor, query: unknown, now = new Date()) {
  enforce(decideAccountAdmin(actor));
  const parsed = pageQuerySchema.safeParse(query);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { limit = 20, cursor } = parsed.data;
  const after: Prisma.InvitationWhereInput = cursor
    ? { OR: [{ createdAt: { lt: new Date(cursor[1]) } }, { createdAt: new Date(cursor[1]), id: { lt: cursor[2] } }] }
    : {};
  const [rows, total] = await Promise.all([
    db.invitation.findMany({ where: after, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: limit + 1 }),
    db.invitation.count(),
  ]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    invitations: page.map((row) => rowOf(row, now)),
    nextCursor: rows.length > limit && last ? encodeCursor([0, last.createdAt.getTime(), last.id]) : null,
    total,
  };
}

/** Withdraws a link that was not used yet: it stops working at once (its token too), and the audit log says who did it. */
export async function withdrawInvitation(actor: Actor, rawId: string, now = new Date()): Promise<InvitationRow> {
  enforce(decideAccountAdmin(actor));
  const parsed = invitationIdSchema.safeParse(rawId);
  if (!parsed.success) throw invalidInput(parsed.error);
  const id = parsed.data;
  return db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({ where: { id, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
    const invitation = await tx.invitation.findUnique({ where: { id } });
    if (!invitation) throw new AppError(404, 'not_found', 'There is no such invitation.');
    if (count !== 1) throw gone();
    await revokeTokens('invitation', id, tx, now);
    await recordAudit({ actorId: actor.id, action: 'invitation.revoke', targetType: 'invitation', targetId: id, data: { role: invitation.role } }, tx);
    return rowOf(invitation, now);
  });
}
