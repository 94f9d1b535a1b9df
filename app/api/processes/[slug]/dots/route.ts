import { dotInputSchema } from '@/lib/live/dot-round';
import { requireDotItem } from '@/server/domain/dot-votes/dot-item';
import { itemDots } from '@/server/domain/dot-votes/item-dots';
import { requireProcess } from '@/server/domain/processes/require-process';
import { handleRoute, invalidInput } from '@/server/http/app-error';

export const dynamic = 'force-dynamic';

/** The revealed dot-vote rounds that counted dots on one item: `?itemType=mark|proposal|feature&itemId=…&layerId=…` → `{ items }`. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handleRoute(request, async () => {
    const process = await requireProcess((await params).slug);
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const parsed = dotInputSchema.safeParse(query);
    if (!parsed.success) throw invalidInput(parsed.error);
    await requireDotItem(process.id, parsed.data);
    const item = parsed.data;
    return Response.json({ items: await itemDots(process.id, item.itemType, item.itemId, item.itemType === 'feature' ? item.layerId : '') });
  });
}
