// The demo's outbox: a few notification mails (written as .eml files by the running server's sender
// loop), so /admin/mail shows mail without a mail server. Written once: a reseed adds none.
import type { PrismaClient } from '../../server/generated/prisma/client';

export async function seedMail(db: PrismaClient): Promise<number> {
  if ((await db.outboxMail.count()) > 0) return 0;
  process.env.AUTH_SECRET ??= 'demo-seed-only-secret-0123456789';
  const { enqueueMail } = await import('../../server/mail/enqueue-mail');
  const process_ = await db.process.findFirst({ select: { title: true, slug: true } });
  const proposals = await db.proposal.findMany({
    where: { status: { in: ['accepted', 'under_review', 'rejected', 'implemented'] }, author: { email: { not: null } } },
    select: { id: true, title: true, status: true, author: { select: { id: true, name: true, email: true, locale: true } } },
    take: 3,
  });
  for (const proposal of proposals) {
    await enqueueMail(
      { id: proposal.author.id, name: proposal.author.name, email: proposal.author.email!, locale: proposal.author.locale },
      { kind: 'notification', notification: { kind: 'proposal_answered', process: process_?.title ?? '', processSlug: process_?.slug ?? '', proposalId: proposal.id, title: proposal.title, status: proposal.status } },
      db,
    );
  }
  return proposals.length;
}
