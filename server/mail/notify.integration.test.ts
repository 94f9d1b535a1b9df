// Notifications from the domain services, once each, as each person chose: at once, in a daily digest, or never.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { prepareDatabase } from '@/server/collab/testing/harness';

// The services are called with their actor directly: nobody signs in here.
vi.mock('@/server/auth/subject', () => ({ currentSubject: async () => null }));

process.env.DATABASE_URL = prepareDatabase();
process.env.AUTH_SECRET ??= 'notify-test-secret-0123456789';
const { db } = await import('@/server/db');
const { changeProposalStatus } = await import('@/server/domain/proposals/change-proposal-status');
const { addComment } = await import('@/server/domain/comments/add-comment');
const { sendDueDigests } = await import('./daily-digest');

afterAll(() => db.$disconnect());

const subject = (id: string, name: string, role: 'citizen' | 'councillor') => ({ id, name, role, blocked: false, deleted: false, guestOf: null });
const councillor = subject('u-cllr', 'Cllr Maria', 'councillor');
const bob = subject('u-bob', 'Bob', 'citizen');

beforeAll(async () => {
  await db.user.createMany({
    data: [
      { id: 'u-ana', name: 'Ana', email: 'ana@example.org', locale: 'fr', notifyMode: 'immediate', emailConfirmedAt: new Date() },
      { id: 'u-dai', name: 'Dai', email: 'dai@example.org', locale: 'en', notifyMode: 'daily', emailConfirmedAt: new Date() },
      { id: 'u-nel', name: 'Nel', email: 'nel@example.org', locale: 'nl', notifyMode: 'none', emailConfirmedAt: new Date() },
      { id: 'u-una', name: 'Una', email: 'una@example.org', locale: 'en', notifyMode: 'immediate' },
      { id: 'u-cllr', name: 'Cllr Maria', email: 'cllr@example.org', role: 'councillor' },
      { id: 'u-bob', name: 'Bob', email: 'bob-secret@example.org' },
    ],
  });
  await db.process.create({ data: { id: 'proc', slug: 'green', title: 'Green streets', description: '', status: 'open', boundsWest: 0, boundsSouth: 0, boundsEast: 1, boundsNorth: 1 } });
  for (const author of ['ana', 'dai', 'nel', 'una']) {
    await db.proposal.create({ data: { id: `p-${author}`, processId: 'proc', authorId: `u-${author}`, title: `Trees by ${author}`, body: 'More trees.', category: 'idea', status: 'published', publishedAt: new Date() } });
  }
});

describe('notifications', () => {
  it('an answer mails the author at once, in their language, and only them', async () => {
    await changeProposalStatus(councillor, 'p-ana', { status: 'accepted', answer: 'Yes.' });
    const mails = await db.outboxMail.findMany({ where: { userId: 'u-ana' } });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ kind: 'notification', toAddress: 'ana@example.org', subject: 'Votre proposition « Trees by ana » a reçu une réponse' });
    expect(mails[0].text).toContain('Accepté');
    expect(`${mails[0].text}${mails[0].html}`).not.toContain('cllr@example.org');
  });

  it('a reply mails the comment’s author, never with the replier’s address', async () => {
    const first = await addComment(subject('u-ana', 'Ana', 'citizen'), { targetType: 'proposal', targetId: 'p-dai', body: 'Which trees?' });
    await addComment(bob, { targetType: 'proposal', targetId: 'p-dai', parentId: first.id, body: 'Oaks, please.' });
    const mails = await db.outboxMail.findMany({ where: { userId: 'u-ana', subject: { contains: 'Bob' } } });
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain('> Oaks, please.');
    expect(`${mails[0].text}${mails[0].html}${mails[0].headers}`).not.toContain('bob-secret');
    // Replying to oneself tells nobody.
    await addComment(subject('u-ana', 'Ana', 'citizen'), { targetType: 'proposal', targetId: 'p-dai', parentId: first.id, body: 'Thanks!' });
    expect(await db.outboxMail.count({ where: { userId: 'u-ana', kind: 'notification' } })).toBe(2);
  });

  it('an address not confirmed yet gets no notification, whatever the choice', async () => {
    await changeProposalStatus(councillor, 'p-una', { status: 'accepted', answer: 'Yes.' });
    expect(await db.outboxMail.count({ where: { userId: 'u-una' } })).toBe(0);
    await db.user.update({ where: { id: 'u-una' }, data: { notifyMode: 'daily' } });
    await changeProposalStatus(councillor, 'p-una', { status: 'implemented', answer: 'Done.' });
    expect(await db.pendingNotification.count({ where: { userId: 'u-una' } })).toBe(0);
  });

  it('“never” writes nothing; “daily” waits for one digest mail a day', async () => {
    await changeProposalStatus(councillor, 'p-nel', { status: 'under_review', answer: 'We look at it.' });
    expect(await db.outboxMail.count({ where: { userId: 'u-nel' } })).toBe(0);

    await changeProposalStatus(councillor, 'p-dai', { status: 'under_review', answer: 'We look at it.' });
    await changeProposalStatus(councillor, 'p-dai', { status: 'accepted', answer: 'Agreed.' });
    expect(await db.outboxMail.count({ where: { userId: 'u-dai' } })).toBe(0);
    expect(await db.pendingNotification.count({ where: { userId: 'u-dai' } })).toBe(2);

    expect(await sendDueDigests()).toBe(0);
    expect(await sendDueDigests(new Date(Date.now() + 25 * 60 * 60_000))).toBe(1);
    const [digest] = await db.outboxMail.findMany({ where: { userId: 'u-dai' } });
    expect(digest).toMatchObject({ kind: 'digest', subject: 'CivicTwin: 2 updates for you' });
    expect(digest.text).toContain('Under review');
    expect(digest.text).toContain('Accepted');
    expect(await db.pendingNotification.count({ where: { userId: 'u-dai' } })).toBe(0);
    expect(await sendDueDigests(new Date(Date.now() + 50 * 60 * 60_000))).toBe(0);
  });
});
