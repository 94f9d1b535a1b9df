// What a live session leaves behind: how many took part (guests counted, never named) and what was
// added in each phase, counted by the database over the times each phase ran.
import { db } from '@/server/db';
import { revealedRounds, type RoundSnapshot } from '@/server/domain/dot-votes/revealed-rounds';

import { readPhases } from './session-input';
import type { SessionRow } from './session-access';

/** `dots`: dot-vote dots placed in the phase (and not taken back); older summaries have none. */
export type PhaseFigures = { id: string; title: string; marks: number; comments: number; proposals: number; supports: number; dots: number };
export type SessionSummary = {
  id: string;
  title: string;
  startedAt: string | null;
  endedAt: string | null;
  participants: { total: number; guests: number; accounts: number };
  phases: PhaseFigures[];
  /** Each revealed dot-vote round's ranking, with each item's place (older summaries have none). */
  dotRounds?: RoundSnapshot[];
};

type Counted = { phase: string; kind: keyof Omit<PhaseFigures, 'id' | 'title'>; n: bigint | number };

/**
 * Contributions per phase: each phase ran from its start to the next phase's start (or the end of
 * the session, or now while it runs); a phase visited twice adds both stretches.
 */
async function countsPerPhase(row: SessionRow): Promise<Counted[]> {
  return db.$queryRaw<Counted[]>`
    WITH stretch AS (
      SELECT p."phaseId" AS phase, p."startedAt" AS since,
        COALESCE(
          (SELECT q."startedAt" FROM "SessionPhase" AS q WHERE q."sessionId" = p."sessionId" AND q."id" > p."id" ORDER BY q."id" LIMIT 1),
          s."endedAt"
        ) AS until
      FROM "SessionPhase" AS p JOIN "LiveSession" AS s ON s."id" = p."sessionId"
      WHERE p."sessionId" = ${row.id}
    )
    SELECT stretch.phase AS phase, 'marks' AS kind, COUNT(*) AS n FROM stretch JOIN "Annotation" AS a
      ON a."processId" = ${row.processId} AND a."createdAt" >= stretch.since AND (stretch.until IS NULL OR a."createdAt" < stretch.until) GROUP BY stretch.phase
    UNION ALL
    SELECT stretch.phase, 'comments', COUNT(*) FROM stretch JOIN "Comment" AS c
      ON c."processId" = ${row.processId} AND c."createdAt" >= stretch.since AND (stretch.until IS NULL OR c."createdAt" < stretch.until) GROUP BY stretch.phase
    UNION ALL
    SELECT stretch.phase, 'proposals', COUNT(*) FROM stretch JOIN "Proposal" AS r
      ON r."processId" = ${row.processId} AND r."createdAt" >= stretch.since AND (stretch.until IS NULL OR r."createdAt" < stretch.until) GROUP BY stretch.phase
    UNION ALL
    SELECT stretch.phase, 'supports', COUNT(*) FROM stretch JOIN "Vote" AS v
      ON v."processId" = ${row.processId} AND v."value" = 1 AND v."createdAt" >= stretch.since AND (stretch.until IS NULL OR v."createdAt" < stretch.until) GROUP BY stretch.phase
    UNION ALL
    SELECT stretch.phase, 'dots', COUNT(*) FROM stretch JOIN "Dot" AS d
      ON d."roundId" IN (SELECT o."id" FROM "DotRound" AS o WHERE o."sessionId" = ${row.id}) AND d."createdAt" >= stretch.since AND (stretch.until IS NULL OR d."createdAt" < stretch.until) GROUP BY stretch.phase`;
}

export async function buildSummary(row: SessionRow): Promise<SessionSummary> {
  const [total, guests, counted, dotRounds] = await Promise.all([
    db.sessionParticipant.count({ where: { sessionId: row.id } }),
    db.sessionParticipant.count({ where: { sessionId: row.id, user: { role: 'guest' } } }),
    countsPerPhase(row),
    revealedRounds(row.id),
  ]);
  const phases = readPhases(row.phases).map((phase) => ({ id: phase.id, title: phase.title, marks: 0, comments: 0, proposals: 0, supports: 0, dots: 0 }));
  const byId = new Map(phases.map((phase) => [phase.id, phase]));
  for (const { phase, kind, n } of counted) {
    const figures = byId.get(phase);
    if (figures) figures[kind] += Number(n);
  }
  return {
    id: row.id,
    title: row.title,
    startedAt: row.startedAt?.toISOString() ?? null,
    endedAt: row.endedAt?.toISOString() ?? null,
    participants: { total, guests, accounts: total - guests },
    phases,
    dotRounds,
  };
}

/** The summary kept when the session ended, or the figures so far while it runs. */
export async function readSummary(row: SessionRow): Promise<SessionSummary> {
  if (row.summary) {
    try {
      return JSON.parse(row.summary) as SessionSummary;
    } catch {
      // Unreadable: count again below.
    }
  }
  return buildSummary(row);
}
