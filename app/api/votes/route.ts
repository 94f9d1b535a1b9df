import { writingActor } from '@/server/auth/actor';
import { castVote } from '@/server/domain/votes/cast-vote';
import { handleRoute } from '@/server/http/app-error';
import { readJson } from '@/server/http/read-json';

export async function POST(request: Request) {
  return handleRoute(async () => {
    const actor = await writingActor('vote.cast');
    return Response.json({ votes: await castVote(actor, await readJson(request)) });
  });
}
