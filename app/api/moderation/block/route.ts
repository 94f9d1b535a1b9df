import { z } from '@/lib/zod';

import { wellFormedText } from '@/lib/schemas/text';

import { actingSubject } from '@/server/auth/actor';
import { blockParticipant } from '@/server/domain/moderation/block-participant';
import { requireProcess } from '@/server/domain/processes/require-process';
import { AppError, handleRoute } from '@/server/http/app-error';
import { readJson } from '@/server/http/read-json';

/** Block or unblock a participant: { process, userId, block, reason }. */
export async function POST(request: Request) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    const body = z.object({ process: wellFormedText().max(64) }).passthrough().safeParse(await readJson(request));
    if (!body.success) throw new AppError(400, 'invalid_input', 'process: say which process the block is for.');
    const { process: slug, ...input } = body.data;
    const process = await requireProcess(slug);
    await blockParticipant(actor, process, input);
    return Response.json({ ok: true });
  });
}
