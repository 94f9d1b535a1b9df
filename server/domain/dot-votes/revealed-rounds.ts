// The revealed rounds of a session with their snapshots, for the session's summary.
import type { RevealedResult } from '@/lib/live/dot-round';
import { db } from '@/server/db';

export type RoundSnapshot = { id: string; dots: number; perItemMax: number; revealedAt: string; results: RevealedResult[] };

const ROUNDS_MAX = 50;

export async function revealedRounds(sessionId: string): Promise<RoundSnapshot[]> {
  const rows = await db.dotRound.findMany({ where: { sessionId, status: 'revealed' }, orderBy: { revealedAt: 'asc' }, take: ROUNDS_MAX });
  return rows.map((row) => ({ id: row.id, dots: row.dots, perItemMax: row.perItemMax, revealedAt: (row.revealedAt ?? row.createdAt).toISOString(), results: JSON.parse(row.results ?? '[]') as RevealedResult[] }));
}
