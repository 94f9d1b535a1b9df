// Single-use, expiring, purpose-bound link tokens (password reset, e-mail confirmation, invitations).
// The link carries 256 random bits; only their SHA-256 is stored, so a copy of the database opens nothing.
import { createHash, randomBytes } from 'node:crypto';

import { wellFormedText } from '@/lib/schemas/text';
import type { Prisma } from '@/server/generated/prisma/client';
import { db } from '@/server/db';

export type TokenPurpose = 'password_reset' | 'email_confirm' | 'invitation';

type Client = Prisma.TransactionClient;

export type TokenGrant = { id: string; subject: string; data: Record<string, unknown>; expiresAt: Date };

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A link's token as a request carries it (its shape is checked when it is redeemed): a lone surrogate is a 400, like in any text. */
export const linkTokenSchema = wellFormedText().max(100);

/** A link token looks like this (43 base64url characters); anything else is refused before a query. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export type IssueOptions = {
  purpose: TokenPurpose;
  subject: string;
  ttlMs: number;
  data?: Record<string, unknown>;
  /** Earlier unused links for the same purpose and subject stop working (e.g. a second reset mail). */
  replacePrevious?: boolean;
  now?: Date;
};

/** Stores a new token and returns it in the clear: put it in the link, never in the database or a log. */
export async function issueToken(options: IssueOptions, client: Client = db): Promise<string> {
  const now = options.now ?? new Date();
  if (options.replacePrevious) await revokeTokens(options.purpose, options.subject, client, now);
  const token = randomBytes(32).toString('base64url');
  await client.linkToken.create({
    data: {
      tokenHash: hashToken(token),
      purpose: options.purpose,
      subject: options.subject,
      data: JSON.stringify(options.data ?? {}),
      expiresAt: new Date(now.getTime() + options.ttlMs),
    },
  });
  return token;
}

function grantOf(row: { id: string; subject: string; data: string; expiresAt: Date }): TokenGrant {
  return { id: row.id, subject: row.subject, data: JSON.parse(row.data) as Record<string, unknown>, expiresAt: row.expiresAt };
}

/** What the token grants if it would still work now, without using it (to show a form, for instance). */
export async function peekToken(token: string, purpose: TokenPurpose, client: Client = db, now = new Date()): Promise<TokenGrant | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const row = await client.linkToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.purpose !== purpose || row.usedAt || row.expiresAt <= now) return null;
  return grantOf(row);
}

/**
 * Uses the token: returns what it grants, or null when it is unknown, for another purpose, used or expired.
 * Marking it used is one conditional update, so two requests racing with the same link cannot both win.
 * Run it in the transaction of what the link does, so a failure there leaves the link usable.
 */
export async function redeemToken(token: string, purpose: TokenPurpose, client: Client = db, now = new Date()): Promise<TokenGrant | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const tokenHash = hashToken(token);
  const { count } = await client.linkToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count !== 1) return null;
  const row = await client.linkToken.findUniqueOrThrow({ where: { tokenHash } });
  return grantOf(row);
}

/** Every unused link of this purpose for this subject stops working. */
export async function revokeTokens(purpose: TokenPurpose, subject: string, client: Client = db, now = new Date()): Promise<number> {
  const { count } = await client.linkToken.updateMany({ where: { purpose, subject, usedAt: null }, data: { usedAt: now } });
  return count;
}

/** Housekeeping: tokens past their expiry (used or not) are of no use to anyone. */
export async function deleteExpiredTokens(client: Client = db, now = new Date()): Promise<number> {
  const { count } = await client.linkToken.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}
