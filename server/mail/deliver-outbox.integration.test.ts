import { afterAll, describe, expect, it } from 'vitest';

import { prepareDatabase } from '@/server/collab/testing/harness';

process.env.DATABASE_URL = prepareDatabase();
process.env.AUTH_SECRET ??= 'outbox-test-secret-0123456789';
const { db } = await import('@/server/db');
const { deliverDueMail, MAX_ATTEMPTS, retryDelayMs } = await import('./deliver-outbox');
const { enqueueMail } = await import('./enqueue-mail');

afterAll(() => db.$disconnect());

const person = { id: 'u-1', name: 'Pat', email: 'pat@example.org', locale: 'en' };

describe('retry delays', () => {
  it('double from 30 seconds up to six hours', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(30)).toBe(6 * 60 * 60_000);
  });
});

describe('delivering the outbox', () => {
  it('a failed send is tried again after its delay, and is never lost', async () => {
    const id = await enqueueMail(person, { kind: 'password_reset', url: 'http://localhost/reset-password/x' });
    const sent: string[] = [];
    let failing = true;
    const transport = { send: async (mail: { id: string; to: string }) => { if (failing) throw new Error('connection refused'); sent.push(`${mail.id} ${mail.to}`); } };
    const t0 = new Date();
    expect(await deliverDueMail(transport, t0)).toEqual({ sent: 0, failed: 1 });
    let row = await db.outboxMail.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: 'connection refused' });
    expect(row.nextAttemptAt.getTime()).toBe(t0.getTime() + 30_000);

    failing = false;
    expect(await deliverDueMail(transport, new Date(t0.getTime() + 29_000))).toEqual({ sent: 0, failed: 0 });
    expect(await deliverDueMail(transport, new Date(t0.getTime() + 30_000))).toEqual({ sent: 1, failed: 0 });
    row = await db.outboxMail.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'sent', attempts: 2, lastError: '' });
    expect(sent).toEqual([`${id} pat@example.org`]);
    expect(await deliverDueMail(transport, new Date(t0.getTime() + 3_600_000))).toEqual({ sent: 0, failed: 0 });
  });

  it('gives up after the last attempt but keeps the mail, marked failed', async () => {
    const id = await enqueueMail(person, { kind: 'email_confirm', url: 'http://localhost/confirm-email/x' });
    const transport = { send: async () => { throw new Error('mailbox unavailable'); } };
    let now = Date.now();
    for (let i = 0; i < MAX_ATTEMPTS + 2; i += 1) {
      await deliverDueMail(transport, new Date(now));
      now += 7 * 60 * 60_000;
    }
    const row = await db.outboxMail.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, lastError: 'mailbox unavailable' });
  });

  it('two senders at once deliver a mail once', async () => {
    await db.outboxMail.updateMany({ where: { status: 'pending' }, data: { status: 'failed' } });
    const id = await enqueueMail(person, { kind: 'password_reset', url: 'http://localhost/reset-password/y' });
    const sent: string[] = [];
    const transport = { send: async (mail: { id: string }) => { await new Promise((r) => setTimeout(r, 20)); sent.push(mail.id); } };
    await Promise.all([deliverDueMail(transport), deliverDueMail(transport)]);
    expect(sent).toEqual([id]);
  });
});
