// The live session running in a process now: what participants' screens show, and the phase the
// web API enforces (comments, support, dots) alongside the collab guard (marks).
import { mayOpenProcess, type ProcessState } from '@/lib/policy/decide';
import type { Phase } from '@/lib/live/phases';
import type { Viewer } from '@/lib/policy/subject';
import { db } from '@/server/db';

import { currentPhaseOf, readPhases } from './session-input';

/** The current phase of the process's live session, or null when none runs (nothing is then restricted). */
export async function livePhaseOf(processId: string): Promise<Phase | null> {
  const row = await db.liveSession.findFirst({ where: { processId, status: 'live' }, select: { phases: true, currentPhase: true } });
  return row ? currentPhaseOf(row) : null;
}

export async function currentSession(viewer: Viewer, process: ProcessState) {
  if (!mayOpenProcess(viewer, process)) return null;
  if (viewer?.role === 'guest' && viewer.guestOf?.processId !== process.id) return null;
  const row = await db.liveSession.findFirst({
    where: { processId: process.id, status: 'live' },
    select: { id: true, title: true, status: true, phases: true, currentPhase: true, locked: true, privateMode: true },
  });
  return row && { id: row.id, title: row.title, status: row.status, phases: readPhases(row.phases), currentPhase: row.currentPhase, locked: row.locked, privateMode: row.privateMode };
}
