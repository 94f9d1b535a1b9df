import { db } from '@/server/db';
import { requireProcess } from '@/server/domain/processes/require-process';
import { handleRoute } from '@/server/http/app-error';

export const dynamic = 'force-dynamic';

/** Marks a moderator has hidden: the map leaves them out and says why. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handleRoute(async () => {
    const process = await requireProcess((await params).slug);
    const hidden = await db.annotation.findMany({ where: { processId: process.id, hiddenAt: { not: null } }, select: { id: true, hiddenReason: true } });
    return Response.json({ annotations: hidden.map((a) => ({ id: a.id, reason: a.hiddenReason ?? '' })) });
  });
}
