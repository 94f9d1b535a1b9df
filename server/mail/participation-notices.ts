// The notifications participation causes, built where the domain services change things (in their
// transaction): an author hears of their proposal's answer or status, a commenter of a reply.
import { OFFICIAL_STATUSES, type ProposalStatus } from '@/lib/participation/proposal-lifecycle';
import type { Prisma } from '@/server/generated/prisma/client';

import { siteUrl } from './mail-config';
import { notify } from './notify';

type Process = { title: string; slug: string };

export async function noticeOfProposalStatus(
  tx: Prisma.TransactionClient,
  change: { actorId: string; proposal: { id: string; title: string; authorId: string }; process: Process; to: ProposalStatus },
): Promise<void> {
  if (change.proposal.authorId === change.actorId) return;
  const kind = OFFICIAL_STATUSES.includes(change.to) ? 'proposal_answered' : 'proposal_status';
  await notify(change.proposal.authorId, { kind, process: change.process.title, processSlug: change.process.slug, proposalId: change.proposal.id, title: change.proposal.title, status: change.to }, tx);
}

export async function noticeOfReply(
  tx: Prisma.TransactionClient,
  reply: { actorId: string; actorName: string; parentAuthorId: string; body: string; targetType: string; targetId: string; process: Process },
): Promise<void> {
  if (reply.parentAuthorId === reply.actorId) return;
  const place = reply.targetType === 'proposal' ? `/proposals/${encodeURIComponent(reply.targetId)}` : '';
  const excerpt = reply.body.length > 280 ? `${reply.body.slice(0, 279)}…` : reply.body;
  await notify(reply.parentAuthorId, { kind: 'comment_reply', process: reply.process.title, processSlug: reply.process.slug, author: reply.actorName, excerpt, url: `${siteUrl()}/p/${encodeURIComponent(reply.process.slug)}${place}` }, tx);
}
