import { z } from '@/lib/zod';

import { actingSubject, viewingSubject } from '@/server/auth/actor';
import { editProposal } from '@/server/domain/proposals/edit-proposal';
import { getProposal } from '@/server/domain/proposals/get-proposal';
import { withdrawProposal } from '@/server/domain/proposals/withdraw-proposal';
import { AppError, handleRoute } from '@/server/http/app-error';
import { LONG_JSON_MAX_BYTES, readJson } from '@/server/http/read-json';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleRoute(request, async () => {
    const proposal = await getProposal((await params).id, await viewingSubject());
    if (!proposal) throw new AppError(404, 'not_found', 'There is no such proposal.');
    return Response.json({ proposal });
  });
}

const withdrawal = z.strictObject({ status: z.literal('withdrawn') });

/** Its author changes it ({ title, body, category }) or withdraws it ({ status: 'withdrawn' }). */
export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    const id = (await params).id;
    const input = await readJson(request, LONG_JSON_MAX_BYTES);
    const proposal = withdrawal.safeParse(input).success ? await withdrawProposal(actor, id) : await editProposal(actor, id, input);
    return Response.json({ proposal: { id: proposal.id, status: proposal.status, title: proposal.title, body: proposal.body, category: proposal.category } });
  });
}
