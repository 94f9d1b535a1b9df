import { afterAll, describe, expect, it } from 'vitest';

import { prepareDatabase } from '@/server/collab/testing/harness';

process.env.DATABASE_URL = prepareDatabase();
const { db } = await import('@/server/db');
const { deleteExpiredTokens, hashToken, issueToken, peekToken, redeemToken, revokeTokens } = await import('./one-time-token');

afterAll(() => db.$disconnect());

const HOUR = 60 * 60 * 1000;

describe('one-time link tokens', () => {
  it('stores only the hash of a random token', async () => {
    const token = await issueToken({ purpose: 'password_reset', subject: 'user-1', ttlMs: HOUR });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await db.linkToken.findMany({ where: { subject: 'user-1' } });
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    const other = await issueToken({ purpose: 'password_reset', subject: 'user-1', ttlMs: HOUR });
    expect(other).not.toBe(token);
  });

  it('works once: the second use and a peek after it find nothing', async () => {
    const token = await issueToken({ purpose: 'email_confirm', subject: 'user-2', ttlMs: HOUR, data: { email: 'a@example.org' } });
    expect(await peekToken(token, 'email_confirm')).toMatchObject({ subject: 'user-2', data: { email: 'a@example.org' } });
    expect(await redeemToken(token, 'email_confirm')).toMatchObject({ subject: 'user-2' });
    expect(await redeemToken(token, 'email_confirm')).toBeNull();
    expect(await peekToken(token, 'email_confirm')).toBeNull();
  });

  it('two requests racing with the same link: exactly one wins', async () => {
    const token = await issueToken({ purpose: 'password_reset', subject: 'user-3', ttlMs: HOUR });
    const results = await Promise.all(Array.from({ length: 5 }, () => redeemToken(token, 'password_reset')));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('is bound to its purpose', async () => {
    const token = await issueToken({ purpose: 'invitation', subject: 'someone@example.org', ttlMs: HOUR });
    expect(await redeemToken(token, 'password_reset')).toBeNull();
    expect(await redeemToken(token, 'invitation')).toMatchObject({ subject: 'someone@example.org' });
  });

  it('expires', async () => {
    const issuedAt = new Date('2026-01-01T10:00:00Z');
    const token = await issueToken({ purpose: 'password_reset', subject: 'user-4', ttlMs: HOUR, now: issuedAt });
    const justAfter = new Date(issuedAt.getTime() + HOUR + 1);
    expect(await peekToken(token, 'password_reset', db, justAfter)).toBeNull();
    expect(await redeemToken(token, 'password_reset', db, justAfter)).toBeNull();
    expect(await redeemToken(token, 'password_reset', db, new Date(issuedAt.getTime() + HOUR - 1))).not.toBeNull();
  });

  it('refuses malformed and unknown tokens without matching anything', async () => {
    expect(await redeemToken('', 'password_reset')).toBeNull();
    expect(await redeemToken('x'.repeat(43), 'password_reset')).toBeNull();
    expect(await peekToken("' OR 1=1 --", 'password_reset')).toBeNull();
  });

  it('a new link can replace the earlier ones, and links can be revoked', async () => {
    const first = await issueToken({ purpose: 'password_reset', subject: 'user-5', ttlMs: HOUR });
    const second = await issueToken({ purpose: 'password_reset', subject: 'user-5', ttlMs: HOUR, replacePrevious: true });
    expect(await peekToken(first, 'password_reset')).toBeNull();
    expect(await peekToken(second, 'password_reset')).not.toBeNull();
    expect(await revokeTokens('password_reset', 'user-5')).toBe(1);
    expect(await redeemToken(second, 'password_reset')).toBeNull();
  });

  it('a failed transaction leaves the link usable', async () => {
    const token = await issueToken({ purpose: 'password_reset', subject: 'user-6', ttlMs: HOUR });
    await expect(
      db.$transaction(async (tx) => {
        expect(await redeemToken(token, 'password_reset', tx)).not.toBeNull();
        throw new Error('the password change failed');
      }),
    ).rejects.toThrow('the password change failed');
    expect(await redeemToken(token, 'password_reset')).not.toBeNull();
  });

  it('housekeeping deletes expired tokens only', async () => {
    const old = new Date(Date.now() - 2 * HOUR);
    await issueToken({ purpose: 'email_confirm', subject: 'user-7', ttlMs: HOUR, now: old });
    const live = await issueToken({ purpose: 'email_confirm', subject: 'user-7', ttlMs: HOUR });
    expect(await deleteExpiredTokens()).toBeGreaterThanOrEqual(1);
    expect(await db.linkToken.count({ where: { subject: 'user-7' } })).toBe(1);
    expect(await peekToken(live, 'email_confirm')).not.toBeNull();
  });
});
