// A DotRound row as the API answers it, and the counts a vote changes.
import { effectiveStatus, type DotItem, type RoundStatus, type RoundView } from '@/lib/live/dot-round';
import { db } from '@/server/db';
import { AppError } from '@/server/http/app-error';

export type RoundRow = { id: string; sessionId: string; dots: number; perItemMax: number; endsAt: Date | null; liveResults: boolean; status: string; results: string | null; createdAt: Date };

export async function roundView(row: RoundRow, now = Date.now(), counted?: number): Promise<RoundView> {
  const total = counted ?? (await db.dot.count({ where: { roundId: row.id } }));
  const view = { id: row.id, sessionId: row.sessionId, dots: row.dots, perItemMax: row.perItemMax, endsAt: row.endsAt?.getTime() ?? null, liveResults: row.liveResults, status: row.status as RoundStatus, total, createdAt: row.createdAt.getTime() };
  return { ...view, status: effectiveStatus(view, now) };
}

export async function requireRound(sessionId: string, roundId: string): Promise<RoundRow> {
  return foundRound(await db.dotRound.findFirst({ where: { id: roundId.slice(0, 64), sessionId } }));
}

/** The round read with its session (live-access's sessionAccessWithRound), or the contract's 404. */
export function foundRound(row: RoundRow | null): RoundRow {
  if (!row) throw new AppError(404, 'not_found', 'There is no such round in this session.');
  return row;
}

/** After a vote: the round's total, the person's dots and the item's, in one pass over the round's dots. */
export async function tallies(roundId: string, userId: string, item: DotItem): Promise<{ total: number; mine: number; item: number }> {
  const [row] = await db.$queryRaw<{ total: bigint | number; mine: bigint | number | null; item: bigint | number | null }[]>`
    SELECT COUNT(*) AS total, SUM(CASE WHEN "userId" = ${userId} THEN 1 ELSE 0 END) AS mine,
      SUM(CASE WHEN "itemType" = ${item.itemType} AND "itemId" = ${item.itemId} AND "layerId" = ${item.layerId ?? ''} THEN 1 ELSE 0 END) AS item
    FROM "Dot" WHERE "roundId" = ${roundId}`;
  return { total: Number(row?.total ?? 0), mine: Number(row?.mine ?? 0), item: Number(row?.item ?? 0) };
}
