import { viewingSubject } from '@/server/auth/actor';
import { getProposal } from '@/server/domain/proposals/get-proposal';
import { AppError, handleRoute } from '@/server/http/app-error';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleRoute(async () => {
    const proposal = await getProposal((await params).id, await viewingSubject());
    if (!proposal) throw new AppError(404, 'not_found', 'There is no such proposal.');
    return Response.json({ proposal });
  });
}
