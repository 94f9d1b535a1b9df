import { roundInputSchema, type RoundView } from '@/lib/live/dot-round';
import type { Actor } from '@/server/auth/actor';
import { db } from '@/server/db';
import { AppError, invalidInput } from '@/server/http/app-error';

import { roundView } from './round-view';
import { signalRound } from './round-signal';
import { requireFacilitator, requireLive, sessionAccess } from '../live-access';
import { databaseRefusal } from './trigger-refusal';

/** A facilitator opens a round in a live session; one open round at a time (the database refuses a second). */
export async function openRound(actor: Actor, slug: string, sessionId: string, input: unknown): Promise<RoundView> {
  const parsed = roundInputSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const access = await sessionAccess(actor, slug, sessionId);
  requireFacilitator(actor, access);
  requireLive(access);
  const { dots, perItemMax, durationSeconds, liveResults } = parsed.data;
  const now = new Date();
  // A round whose time ran out is closed for good before the next one opens.
  await db.dotRound.updateMany({ where: { sessionId, status: 'open', endsAt: { lte: now } }, data: { status: 'closed', closedAt: now } });
  try {
    const row = await db.dotRound.create({
      data: { sessionId, dots, perItemMax, liveResults: liveResults ?? false, endsAt: durationSeconds ? new Date(now.getTime() + durationSeconds * 1000) : null },
    });
    const round = await roundView(row);
    signalRound(access.process.id, round);
    return round;
  } catch (error) {
    if (databaseRefusal(error) === 'round_already_open') throw new AppError(409, 'round_already_open', 'Close the round that is running before opening another.');
    throw error;
  }
}
