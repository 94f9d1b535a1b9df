import { actingSubject, viewingSubject } from '@/server/auth/actor';
import { castVote } from '@/server/domain/votes/cast-vote';
import { voteCounts } from '@/server/domain/votes/vote-counts';
import { targetTypeSchema } from '@/lib/schemas/participation';
import { AppError, handleRoute } from '@/server/http/app-error';
import { readJson } from '@/server/http/read-json';

/** Support counts of one item and the asking person's own vote. */
export async function GET(request: Request) {
  return handleRoute(request, async () => {
    const params = new URL(request.url).searchParams;
    const type = targetTypeSchema.safeParse(params.get('targetType'));
    const id = params.get('targetId');
    if (!type.success || !id || id.length > 64) throw new AppError(400, 'invalid_input', 'Give targetType (proposal, annotation or comment) and targetId.');
    return Response.json({ votes: (await voteCounts(type.data, [id], (await viewingSubject())?.id)).get(id) });
  });
}

export async function POST(request: Request) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    return Response.json({ votes: await castVote(actor, await readJson(request)) });
  });
}
