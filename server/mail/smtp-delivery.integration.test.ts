// Real mail through a real SMTP server on loopback: the password reset mail is sent, refused once by
// the server, retried, and read back as the server received it.
import type { AddressInfo } from 'node:net';

import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { prepareDatabase } from '@/server/collab/testing/harness';

import { decodedHeader, headerOf, linkIn } from './testing/read-mail';

process.env.DATABASE_URL = prepareDatabase();
process.env.AUTH_SECRET ??= 'smtp-test-secret-0123456789';
process.env.AUTH_URL = 'https://civictwin.example.org';
const { db } = await import('@/server/db');
const { deliverDueMail } = await import('./deliver-outbox');
const { smtpTransport } = await import('./mail-transport');
const { requestPasswordReset, completePasswordReset } = await import('@/server/domain/mail/password-reset');

const received: { from: string; to: string[]; raw: string }[] = [];
let refuseNext = true;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      if (refuseNext) {
        refuseNext = false;
        return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
      }
      received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
      callback();
    });
  },
});

let smtpUrl = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  await db.user.create({ data: { id: 'u-lena', name: 'Lena', email: 'lena@example.org', locale: 'de', passwordHash: 'x' } });
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.$disconnect();
});

describe('sending through SMTP', () => {
  it('delivers the reset mail after the server refused it once, and the link in it works once', async () => {
    await requestPasswordReset({ email: 'Lena@Example.org' }, '203.0.113.1');
    await requestPasswordReset({ email: 'nobody@example.org' }, '203.0.113.1');
    expect(await db.outboxMail.count()).toBe(1);

    const transport = smtpTransport(smtpUrl);
    const t0 = new Date();
    expect(await deliverDueMail(transport, t0)).toEqual({ sent: 0, failed: 1 });
    expect(received).toHaveLength(0);
    expect((await db.outboxMail.findFirstOrThrow()).lastError).toMatch(/451/);
    expect(await deliverDueMail(transport, new Date(t0.getTime() + 30_000))).toEqual({ sent: 1, failed: 0 });

    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail.to).toEqual(['lena@example.org']);
    expect(decodedHeader(mail.raw, 'Subject')).toBe('Wählen Sie ein neues CivicTwin-Passwort');
    expect(headerOf(mail.raw, 'List-Unsubscribe')).toMatch(/^<https:\/\/civictwin\.example\.org\/api\/unsubscribe\?u=u-lena&s=[\w-]+>$/);
    expect(headerOf(mail.raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(mail.raw).toMatch(/Content-Type: text\/plain/);
    expect(mail.raw).toMatch(/Content-Type: text\/html/);

    const link = linkIn(mail.raw, '/reset-password/');
    expect(link).toMatch(/^https:\/\/civictwin\.example\.org\/reset-password\/[\w-]{43}$/);
    const token = link!.split('/').pop()!;
    await completePasswordReset({ token, password: 'a brand new password' });
    await expect(completePasswordReset({ token, password: 'another new password' })).rejects.toMatchObject({ status: 410, code: 'invalid_link' });
    const lena = await db.user.findUniqueOrThrow({ where: { id: 'u-lena' } });
    expect(lena.sessionsValidFrom).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: 'user.password_reset', targetId: 'u-lena' } })).toBe(1);
  });
});
