// The retention job on a fresh database with fixed dates: what the privacy page promises happens,
// exactly at its day, and contributions stay as "former participant".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { FORMER_PARTICIPANT_NAME } from '@/lib/collab/annotation';
import { prepareDatabase } from '@/server/collab/testing/harness';
import type { PrismaClient } from '@/server/generated/prisma/client';

let db: PrismaClient;
let runRetention: typeof import('./run-retention').runRetention;
const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  process.env.DATABASE_URL = prepareDatabase();
  ({ db } = await import('@/server/db'));
  ({ runRetention } = await import('./run-retention'));
}, 60_000);

afterAll(() => db?.$disconnect());

async function guestOf(sessionEndedAt: Date | null, name: string) {
  const process = await db.process.create({ data: { slug: `p-${name.toLowerCase()}`, title: 'T', description: 'D', status: 'open', boundsWest: 0, boundsSouth: 0, boundsEast: 1, boundsNorth: 1 } });
  const facilitator = await db.user.create({ data: { name: `Fac ${name}`, role: 'facilitator', email: `fac-${name.toLowerCase()}@example.org` } });
  const session = await db.liveSession.create({ data: { processId: process.id, title: 'Workshop', joinCode: `J${name}`, facilitatorId: facilitator.id, status: sessionEndedAt ? 'ended' : 'live', endedAt: sessionEndedAt } });
  const guest = await db.user.create({ data: { name, role: 'guest', guestSessionId: session.id } });
  const mark = await db.annotation.create({ data: { id: `mark-${name}`, processId: process.id, kind: 'point', geometry: '{"type":"Point","coordinates":[0.5,0.5]}', category: 'idea', text: 'A bench here', authorId: guest.id, authorName: name, createdAt: at('2026-01-01'), updatedAt: at('2026-01-01') } });
  return { guest, mark };
}

describe('retention', () => {
  it('clears a guest’s name 30 days after their session ended, not a day before, and keeps their marks anonymously', async () => {
    const old = await guestOf(at('2026-03-01T10:00:00Z'), 'Olga');
    const recent = await guestOf(at('2026-03-20T10:00:00Z'), 'Rami');
    const live = await guestOf(null, 'Lena');

    expect(await runRetention(db, at('2026-03-31T09:59:00Z'))).toMatchObject({ guests: 0, deletedAccounts: 0 });
    expect(await runRetention(db, at('2026-03-31T10:01:00Z'))).toMatchObject({ guests: 1, deletedAccounts: 0 });

    const olga = await db.user.findUniqueOrThrow({ where: { id: old.guest.id } });
    expect(olga).toMatchObject({ name: FORMER_PARTICIPANT_NAME, deletedAt: at('2026-03-31T10:01:00Z') });
    expect(await db.annotation.findUniqueOrThrow({ where: { id: old.mark.id } })).toMatchObject({ authorName: FORMER_PARTICIPANT_NAME, text: 'A bench here' });
    expect((await db.user.findUniqueOrThrow({ where: { id: recent.guest.id } })).name).toBe('Rami');
    expect((await db.user.findUniqueOrThrow({ where: { id: live.guest.id } })).name).toBe('Lena');
    expect(await db.auditLog.count({ where: { action: 'retention.run', actorId: null } })).toBe(1);

    expect(await runRetention(db, at('2026-04-30T00:00:00Z'))).toMatchObject({ guests: 1, deletedAccounts: 0 });
    expect((await db.user.findUniqueOrThrow({ where: { id: live.guest.id } })).name).toBe('Lena');
  });

  it('clears whatever personal data a deleted account still holds, once', async () => {
    const kept = await db.user.create({ data: { name: 'Dora', email: 'dora@example.org', passwordHash: 'x', blockedReason: 'spam', deletedAt: at('2026-02-01') } });
    const active = await db.user.create({ data: { name: 'Amir', email: 'amir@example.org', passwordHash: 'y' } });
    expect(await runRetention(db, at('2026-05-01'))).toMatchObject({ guests: 0, deletedAccounts: 1 });
    expect(await db.user.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({ name: FORMER_PARTICIPANT_NAME, email: null, passwordHash: null, blockedReason: null });
    expect(await db.user.findUniqueOrThrow({ where: { id: active.id } })).toMatchObject({ name: 'Amir', email: 'amir@example.org' });
    expect(await runRetention(db, at('2026-05-02'))).toMatchObject({ guests: 0, deletedAccounts: 0 });
  });

  it('deletes used and expired links, notifications no digest will send, and delivered mails after 30 days', async () => {
    const now = at('2026-06-01T12:00:00Z');
    const link = (tokenHash: string, expiresAt: string, usedAt: string | null) => ({ tokenHash, purpose: 'password_reset', subject: 'u', expiresAt: at(expiresAt), usedAt: usedAt ? at(usedAt) : null });
    await db.linkToken.createMany({ data: [link('used', '2026-06-01T13:00:00Z', '2026-06-01T11:00:00Z'), link('expired', '2026-06-01T11:59:00Z', null), link('live', '2026-06-01T12:30:00Z', null)] });

    const reader = await db.user.create({ data: { name: 'Rea', email: 'rea@example.org', notifyMode: 'daily', emailConfirmedAt: at('2026-05-01') } });
    const quiet = await db.user.create({ data: { name: 'Qui', email: 'qui@example.org', notifyMode: 'none', emailConfirmedAt: at('2026-05-01') } });
    const unconfirmed = await db.user.create({ data: { name: 'Una', email: 'una@example.org', notifyMode: 'daily' } });
    const gone = await db.user.create({ data: { name: 'Gus', notifyMode: 'daily', deletedAt: at('2026-05-01') } });
    for (const person of [reader, quiet, unconfirmed, gone]) await db.pendingNotification.create({ data: { userId: person.id, kind: 'comment_reply', data: '{}' } });

    const mail = (subject: string, status: string, sentAt: string | null) => ({ kind: 'notification', toAddress: 'rea@example.org', subject, text: '', html: '', status, sentAt: sentAt ? at(sentAt) : null });
    await db.outboxMail.createMany({ data: [mail('old sent', 'sent', '2026-05-01T11:00:00Z'), mail('recent sent', 'sent', '2026-05-03T12:00:00Z'), mail('old failed', 'failed', null), mail('waiting', 'pending', null)] });

    expect(await runRetention(db, now)).toMatchObject({ linkTokens: 2, notifications: 3, sentMails: 1 });
    expect((await db.linkToken.findMany({ select: { tokenHash: true } })).map((row) => row.tokenHash)).toEqual(['live']);
    expect((await db.pendingNotification.findMany({ select: { userId: true } })).map((row) => row.userId)).toEqual([reader.id]);
    expect((await db.outboxMail.findMany({ select: { subject: true }, orderBy: { subject: 'asc' } })).map((row) => row.subject)).toEqual(['old failed', 'recent sent', 'waiting']);
    expect(await runRetention(db, now)).toMatchObject({ linkTokens: 0, notifications: 0, sentMails: 0 });
  });
});
