// A DotRound row as the API answers it, and the signal that tells every screen what changed.
import { effectiveStatus, type DotResult, type RoundStatus, type RoundView } from '@/lib/live/dot-round';
import { db } from '@/server/db';
import { AppError } from '@/server/http/app-error';

import { publishProcessEvent } from '../events/process-events';

export type RoundRow = { id: string; sessionId: string; dots: number; perItemMax: number; endsAt: Date | null; liveResults: boolean; status: string; results: string | null; createdAt: Date };

export async function roundView(row: RoundRow, now = Date.now()): Promise<RoundView> {
  const total = await db.dot.count({ where: { roundId: row.id } });
  const view = { id: row.id, sessionId: row.sessionId, dots: row.dots, perItemMax: row.perItemMax, endsAt: row.endsAt?.getTime() ?? null, liveResults: row.liveResults, status: row.status as RoundStatus, total, createdAt: row.createdAt.getTime() };
  return { ...view, status: effectiveStatus(view, now) };
}

export async function requireRound(sessionId: string, roundId: string): Promise<RoundRow> {
  const row = await db.dotRound.findFirst({ where: { id: roundId.slice(0, 64), sessionId } });
  if (!row) throw new AppError(404, 'not_found', 'There is no such round in this session.');
  return row;
}

/** Every screen of the process learns at once; an item's count travels only when results are shown. */
export function signalRound(processId: string, round: RoundView, item?: DotResult): void {
  const shown = round.liveResults || round.status === 'revealed';
  publishProcessEvent(processId, { type: 'dots', targetType: 'round', targetId: round.id, dots: { round, ...(shown && item ? { item } : {}) } });
}
