import { maySee, type ProcessStatus } from '@/lib/policy/decide';
import type { Viewer } from '@/lib/policy/subject';
import { db } from '@/server/db';
import { AppError } from '@/server/http/app-error';

/** A proposal's picture, for those who may see the proposal's content (never a hidden one's, a draft's only by its author). */
export async function getProposalImage(id: string, viewer: Viewer) {
  const image = await db.proposalImage.findUnique({
    where: { id },
    include: { proposal: { select: { status: true, hiddenAt: true, authorId: true, processId: true, process: { select: { status: true } } } } },
  });
  const proposal = image?.proposal;
  const visible =
    proposal &&
    !proposal.hiddenAt &&
    maySee(viewer, { id: proposal.processId, status: proposal.process.status as ProcessStatus }, { authorId: proposal.authorId, hidden: false, published: proposal.status !== 'draft' });
  if (!image || !visible) throw new AppError(404, 'not_found', 'There is no such picture.');
  return image;
}
