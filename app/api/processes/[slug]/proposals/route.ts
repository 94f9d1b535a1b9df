import { actingSubject, viewingSubject } from '@/server/auth/actor';
import { createProposal } from '@/server/domain/proposals/create-proposal';
import { listProposals } from '@/server/domain/proposals/list-proposals';
import { requireProcess } from '@/server/domain/processes/require-process';
import { handleRoute } from '@/server/http/app-error';
import { GEOMETRY_JSON_MAX_BYTES, readJson } from '@/server/http/read-json';

type Context = { params: Promise<{ slug: string }> };

export async function GET(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const process = await requireProcess((await params).slug);
    const query = Object.fromEntries(new URL(request.url).searchParams);
    return Response.json(await listProposals(process.id, query, await viewingSubject()));
  });
}

export async function POST(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    const process = await requireProcess((await params).slug);
    const proposal = await createProposal(actor, process, await readJson(request, GEOMETRY_JSON_MAX_BYTES));
    return Response.json({ proposal: { id: proposal.id, status: proposal.status } }, { status: 201 });
  });
}
