// Confirming an address after sign-up: the mail is written with the account, its link works once,
// only for the address it was sent to, and "send again" is limited.
import { afterAll, describe, expect, it, vi } from 'vitest';

import { prepareDatabase } from '@/server/collab/testing/harness';
import { linkIn } from '@/server/mail/testing/read-mail';

vi.mock('@/server/auth/subject', () => ({ currentSubject: async () => null }));

process.env.DATABASE_URL = prepareDatabase();
process.env.AUTH_SECRET ??= 'confirm-test-secret-0123456789';
const { db } = await import('@/server/db');
const { registerCitizen } = await import('@/server/domain/users/register-citizen');
const { confirmEmail, resendEmailConfirmation, RESENDS_PER_HOUR } = await import('./email-confirmation');

afterAll(() => db.$disconnect());

const actor = (id: string) => ({ id, name: 'x', role: 'citizen' as const, blocked: false, deleted: false, guestOf: null });
const tokenOf = (mail: { text: string }) => new URL(linkIn(mail.text, '/confirm-email/')!).pathname.split('/').pop()!;

async function signUp(email: string, locale = 'en') {
  const user = await registerCitizen({ name: 'Cleo', email, password: 'a long enough password' }, locale);
  const mails = await db.outboxMail.findMany({ where: { userId: user.id, kind: 'email_confirm' }, orderBy: { createdAt: 'asc' } });
  return { user, mails };
}

describe('e-mail confirmation', () => {
  it('sign-up writes one translated mail whose link confirms the address once', async () => {
    const { user, mails } = await signUp('cleo@example.org', 'fr');
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ toAddress: 'cleo@example.org', subject: 'Confirmez votre adresse e-mail pour CivicTwin' });
    const token = tokenOf(mails[0]);
    expect(token).toMatch(/^[\w-]{43}$/);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailConfirmedAt).toBeNull();

    await confirmEmail({ token });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailConfirmedAt).toBeInstanceOf(Date);
    expect(await db.auditLog.count({ where: { action: 'user.email_confirm', targetId: user.id } })).toBe(1);
    await expect(confirmEmail({ token })).rejects.toMatchObject({ status: 410, code: 'invalid_link' });
  });

  it('a link expires after two days, and only confirms the address it was sent to', async () => {
    const { user, mails } = await signUp('dora@example.org');
    await expect(confirmEmail({ token: tokenOf(mails[0]) }, new Date(Date.now() + 49 * 60 * 60_000))).rejects.toMatchObject({ status: 410 });

    await resendEmailConfirmation(actor(user.id));
    const latest = (await db.outboxMail.findMany({ where: { userId: user.id, kind: 'email_confirm' }, orderBy: { createdAt: 'desc' } }))[0];
    await db.user.update({ where: { id: user.id }, data: { email: 'dora-new@example.org' } });
    await expect(confirmEmail({ token: tokenOf(latest) })).rejects.toMatchObject({ status: 410 });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailConfirmedAt).toBeNull();
  });

  it('"send again" replaces the earlier link, is limited per hour, and sends nothing once confirmed', async () => {
    const { user, mails } = await signUp('eve@example.org');
    for (let i = 0; i < RESENDS_PER_HOUR; i += 1) expect(await resendEmailConfirmation(actor(user.id))).toEqual({ confirmed: false });
    await expect(resendEmailConfirmation(actor(user.id))).rejects.toMatchObject({ status: 429, code: 'rate_limited' });
    await expect(confirmEmail({ token: tokenOf(mails[0]) })).rejects.toMatchObject({ status: 410 });

    const all = await db.outboxMail.findMany({ where: { userId: user.id, kind: 'email_confirm' }, orderBy: { createdAt: 'desc' } });
    expect(all).toHaveLength(1 + RESENDS_PER_HOUR);
    await confirmEmail({ token: tokenOf(all[0]) });
    const other = await signUp('fay@example.org');
    await confirmEmail({ token: tokenOf(other.mails[0]) });
    expect(await resendEmailConfirmation(actor(other.user.id))).toEqual({ confirmed: true });
    expect(await db.outboxMail.count({ where: { userId: other.user.id, kind: 'email_confirm' } })).toBe(1);
  });
});
