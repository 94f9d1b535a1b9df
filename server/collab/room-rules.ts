// The rules a room judges edits by, read from the process row: its territory and its state.
import type { ProcessStatus } from '@/lib/policy/decide';

import type { RoomRules } from './guard';

export type ProcessRow = { id: string; status: string; boundsWest: number; boundsSouth: number; boundsEast: number; boundsNorth: number };

export const processState = (process: ProcessRow) => ({ id: process.id, status: process.status as ProcessStatus });

export function rulesOf(process: ProcessRow): RoomRules {
  return { bounds: [process.boundsWest, process.boundsSouth, process.boundsEast, process.boundsNorth], process: processState(process) };
}
