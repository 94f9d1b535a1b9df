import type { RevealedResult, RoundView } from '@/lib/live/dot-round';
import type { Actor } from '@/server/auth/actor';
import { db } from '@/server/db';

import { countDots, placeResults } from './round-results';
import { signalRound } from './round-signal';
import { requireRound, roundView } from './round-view';
import { requireFacilitator, sessionAccess } from '../live-access';

/** A facilitator ends a round early (a round past its end is closed already). Closing twice changes nothing. */
export async function closeRound(actor: Actor, slug: string, sessionId: string, roundId: string): Promise<RoundView> {
  const access = await sessionAccess(actor, slug, sessionId);
  requireFacilitator(actor, access);
  const round = await requireRound(sessionId, roundId);
  await db.dotRound.updateMany({ where: { id: round.id, status: 'open' }, data: { status: 'closed', closedAt: new Date() } });
  const view = await roundView(await requireRound(sessionId, roundId));
  signalRound(access.process.id, view);
  return view;
}

/**
 * A facilitator reveals the results: the round closes and its ranking, with each item's place, is kept
 * as a snapshot (the session's summary and the items' pages read it). Revealing again keeps the first snapshot.
 */
export async function revealRound(actor: Actor, slug: string, sessionId: string, roundId: string): Promise<{ round: RoundView; results: RevealedResult[] }> {
  const access = await sessionAccess(actor, slug, sessionId);
  requireFacilitator(actor, access);
  const round = await requireRound(sessionId, roundId);
  if (round.status !== 'revealed') {
    const now = new Date();
    // Closed first, so no dot arrives between the count and the snapshot.
    await db.dotRound.updateMany({ where: { id: round.id, status: 'open' }, data: { status: 'closed', closedAt: now } });
    const results = await placeResults(access.process.id, await countDots(round.id));
    await db.dotRound.updateMany({ where: { id: round.id, status: 'closed' }, data: { status: 'revealed', revealedAt: now, results: JSON.stringify(results) } });
  }
  const revealed = await requireRound(sessionId, roundId);
  const view = await roundView(revealed);
  signalRound(access.process.id, view);
  return { round: view, results: JSON.parse(revealed.results ?? '[]') as RevealedResult[] };
}
