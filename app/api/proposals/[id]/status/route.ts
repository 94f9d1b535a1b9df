import { actingSubject } from '@/server/auth/actor';
import { changeProposalStatus } from '@/server/domain/proposals/change-proposal-status';
import { handleRoute } from '@/server/http/app-error';
import { LONG_JSON_MAX_BYTES, readJson } from '@/server/http/read-json';

/** Publish one's own draft ({}), or, as an official, move a proposal on with an answer ({ status, answer }). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    const proposal = await changeProposalStatus(actor, (await params).id, await readJson(request, LONG_JSON_MAX_BYTES));
    return Response.json({ proposal: { id: proposal.id, status: proposal.status } });
  });
}
