// What a dot may go on: a visible mark or published proposal of the process, or a feature of one of
// its layers. Anything else is the contract's 404.
import type { DotInput } from '@/lib/live/dot-round';
import { db } from '@/server/db';
import { AppError } from '@/server/http/app-error';

export async function requireDotItem(processId: string, item: DotInput): Promise<void> {
  const found =
    item.itemType === 'mark'
      ? await db.annotation.findFirst({ where: { id: item.itemId, processId, hiddenAt: null }, select: { id: true } })
      : item.itemType === 'proposal'
        ? await db.proposal.findFirst({ where: { id: item.itemId, processId, hiddenAt: null, status: { not: 'draft' } }, select: { id: true } })
        : await db.layer.findFirst({ where: { id: item.layerId, processId }, select: { id: true } });
  if (!found) throw new AppError(404, 'not_found', 'There is no such mark, proposal or layer in this process.');
}
