// The rules a room judges edits by, read from the database: the process's territory and state, and
// its running live session's agenda.
import { readAgenda } from '@/lib/live/phases';
import type { ProcessStatus } from '@/lib/policy/decide';
import { inChunks } from '@/server/database/in-chunks';
import type { PrismaClient } from '@/server/generated/prisma/client';

import type { LiveRules, RoomRules } from './guard';

export type ProcessRow = { id: string; status: string; boundsWest: number; boundsSouth: number; boundsEast: number; boundsNorth: number };

export const processState = (process: ProcessRow) => ({ id: process.id, status: process.status as ProcessStatus });

export function rulesOf(process: ProcessRow, live: LiveRules | null = null): RoomRules {
  return { bounds: [process.boundsWest, process.boundsSouth, process.boundsEast, process.boundsNorth], process: processState(process), live };
}

/** The live session running in each of these processes (absent: none). */
export async function liveRulesOf(db: PrismaClient, processIds: string[]): Promise<Map<string, LiveRules>> {
  const rows = await inChunks(processIds, (chunk) =>
    db.liveSession.findMany({ where: { processId: { in: chunk }, status: 'live' }, select: { id: true, processId: true, phases: true, currentPhase: true } }),
  );
  return new Map(rows.map((row) => [row.processId, { sessionId: row.id, phases: readAgenda(row.phases), phase: row.currentPhase }]));
}
