import { geometrySchema } from '@/lib/geo/geometry';
import { maySee, type ProcessStatus } from '@/lib/policy/decide';
import type { Viewer } from '@/lib/policy/subject';
import { db } from '@/server/db';

import { voteCounts } from '../votes/vote-counts';

/** A proposal as its page shows it; drafts only to their author, hidden ones with the moderator's reason. */
export async function getProposal(id: string, viewer: Viewer) {
  const proposal = await db.proposal.findUnique({
    where: { id },
    include: {
      author: { select: { id: true, name: true, deletedAt: true } },
      process: { select: { id: true, slug: true, title: true, status: true, allowOppose: true } },
      answers: { orderBy: { createdAt: 'asc' }, include: { author: { select: { name: true } } } },
      images: { orderBy: { createdAt: 'asc' }, select: { id: true, alt: true } },
      statusChanges: { orderBy: { createdAt: 'asc' }, include: { actor: { select: { name: true, deletedAt: true } } } },
    },
  });
  if (!proposal) return null;
  // A hidden proposal keeps its page as a tombstone that says why; its content is left out below.
  const state = { authorId: proposal.authorId, hidden: false, published: proposal.status !== 'draft' };
  if (!maySee(viewer, { id: proposal.process.id, status: proposal.process.status as ProcessStatus }, state)) return null;
  const votes = (await voteCounts('proposal', [proposal.id], viewer?.id)).get(proposal.id)!;
  const hidden = !!proposal.hiddenAt;
  return {
    id: proposal.id,
    processId: proposal.processId,
    process: proposal.process,
    title: hidden ? null : proposal.title,
    body: hidden ? null : proposal.body,
    hiddenReason: hidden ? proposal.hiddenReason : null,
    category: proposal.category,
    status: proposal.status,
    geometry: proposal.geometry && !hidden ? geometrySchema.parse(JSON.parse(proposal.geometry)) : null,
    authorId: proposal.author.deletedAt ? null : proposal.author.id,
    authorName: proposal.author.deletedAt ? null : proposal.author.name,
    publishedAt: proposal.publishedAt?.toISOString() ?? null,
    images: hidden ? [] : proposal.images.map((image) => ({ id: image.id, alt: image.alt, url: `/api/images/${image.id}` })),
    answers: proposal.answers.map((a) => ({ id: a.id, body: a.body, status: a.status, authorName: a.author.name, createdAt: a.createdAt.toISOString() })),
    history: proposal.statusChanges.map((c) => ({ from: c.fromStatus, to: c.toStatus, by: c.actor.deletedAt ? null : c.actor.name, reason: c.reason, at: c.createdAt.toISOString() })),
    ...votes,
  };
}
export type ProposalDetail = NonNullable<Awaited<ReturnType<typeof getProposal>>>;
