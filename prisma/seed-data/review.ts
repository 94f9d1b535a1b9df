// What the review dashboard shows in the demo: support spread over the days after each item appeared
// (instead of all at seeding time), support for marks, and a proposal waiting for an answer for
// longer than the overdue limit. Safe to run again: it only fills what is missing.
import type { PrismaClient } from '@/server/generated/prisma/client';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const waitingProposal = {
  title: 'Benches every 200 metres along the Embankment',
  body: 'There is nowhere to sit between Blackfriars and the Temple. Older people and parents with small children have to walk the whole stretch without a rest.',
  category: 'idea',
  daysAgo: 18,
  author: 'tom@example.org',
  supporters: ['priya@example.org', 'aisha@example.org', 'citizen@example.org'],
  geometry: { type: 'Point', coordinates: [-0.1055, 51.5105] },
};

const spread = (start: Date, index: number, now: number) => new Date(Math.min(now - HOUR, start.getTime() + (index + 1) * 19 * HOUR));

export async function seedReviewDemo(db: PrismaClient, processId: string) {
  const now = Date.now();
  const who = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).id;

  if (!(await db.proposal.findFirst({ where: { processId, title: waitingProposal.title } }))) {
    const publishedAt = new Date(now - waitingProposal.daysAgo * DAY);
    const authorId = await who(waitingProposal.author);
    const proposal = await db.proposal.create({
      data: { processId, authorId, title: waitingProposal.title, body: waitingProposal.body, category: waitingProposal.category, status: 'published', geometry: JSON.stringify(waitingProposal.geometry), publishedAt, createdAt: publishedAt },
    });
    await db.proposalStatusChange.create({ data: { proposalId: proposal.id, fromStatus: null, toStatus: 'published', actorId: authorId, createdAt: publishedAt } });
    for (const email of waitingProposal.supporters) await db.vote.create({ data: { processId, voterId: await who(email), targetType: 'proposal', targetId: proposal.id, value: 1 } });
  }

  // Support given over the days after a proposal was published, not all at once.
  const proposals = await db.proposal.findMany({ where: { processId, publishedAt: { not: null } }, select: { id: true, publishedAt: true } });
  for (const proposal of proposals) {
    const votes = await db.vote.findMany({ where: { targetType: 'proposal', targetId: proposal.id }, orderBy: { id: 'asc' }, select: { id: true } });
    for (const [index, vote] of votes.entries()) await db.vote.update({ where: { id: vote.id }, data: { createdAt: spread(proposal.publishedAt!, index, now) } });
  }

  // The demo participants support every third mark, a few hours after it was made.
  const supporters = await db.user.findMany({ where: { email: { in: ['priya@example.org', 'tom@example.org', 'aisha@example.org', 'jan@example.org'] } }, select: { id: true } });
  const marks = await db.annotation.findMany({ where: { processId, hiddenAt: null }, orderBy: { createdAt: 'asc' }, select: { id: true, authorId: true, createdAt: true } });
  for (const [index, mark] of marks.entries()) {
    if (index % 3 !== 0) continue;
    for (const [n, supporter] of supporters.slice(0, 1 + (index % 4)).entries()) {
      if (supporter.id === mark.authorId) continue;
      const key = { voterId_targetType_targetId: { voterId: supporter.id, targetType: 'annotation', targetId: mark.id } };
      const createdAt = spread(mark.createdAt, n, now);
      await db.vote.upsert({ where: key, update: {}, create: { processId, voterId: supporter.id, targetType: 'annotation', targetId: mark.id, value: 1, createdAt } });
    }
  }
}
