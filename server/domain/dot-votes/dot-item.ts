// What a dot may go on: a visible mark or published proposal of the process, or a feature of one of
// its layers. Anything else is the contract's 404. One raw statement: every vote of a burst asks it.
import type { DotInput } from '@/lib/live/dot-round';
import { db } from '@/server/db';
import { AppError } from '@/server/http/app-error';

export async function requireDotItem(processId: string, item: DotInput): Promise<void> {
  const found =
    item.itemType === 'mark'
      ? await db.$queryRaw<unknown[]>`SELECT 1 AS "found" FROM "Annotation" WHERE "id" = ${item.itemId} AND "processId" = ${processId} AND "hiddenAt" IS NULL LIMIT 1`
      : item.itemType === 'proposal'
        ? await db.$queryRaw<unknown[]>`SELECT 1 AS "found" FROM "Proposal" WHERE "id" = ${item.itemId} AND "processId" = ${processId} AND "hiddenAt" IS NULL AND "status" <> 'draft' LIMIT 1`
        : await db.$queryRaw<unknown[]>`SELECT 1 AS "found" FROM "Layer" WHERE "id" = ${item.layerId} AND "processId" = ${processId} LIMIT 1`;
  if (found.length === 0) throw new AppError(404, 'not_found', 'There is no such mark, proposal or layer in this process.');
}
