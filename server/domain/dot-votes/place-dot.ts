import { decide } from '@/lib/policy/decide';
import { dotInputSchema, type DotItem } from '@/lib/live/dot-round';
import { enforce, type Actor } from '@/server/auth/actor';
import { isFuture } from '@/server/database/dialect';
import { retryWhenBusy } from '@/server/database/retry-when-busy';
import { db } from '@/server/db';
import { AppError, invalidInput } from '@/server/http/app-error';

import { requireDotItem } from './dot-item';
import { signalVote } from './round-signal';
import { foundRound, roundView, tallies } from './round-view';
import { phaseOf, requireLive, sessionAccessWithRound } from '../live-access';
import { databaseRefusal } from './trigger-refusal';

const REFUSED = {
  round_closed: 'This round is closed: it takes no more dots.',
  no_dots_left: 'You have placed all your dots. Take one back to place it elsewhere.',
  dots_item_max: 'You have placed as many dots on this item as the round allows.',
} as const;

/** A participant places one dot; the database refuses it past their budget, past the item's maximum or after the round. */
export async function placeDot(actor: Actor, slug: string, sessionId: string, roundId: string, input: unknown): Promise<{ id: string; left: number }> {
  const parsed = dotInputSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const item = parsed.data;
  const { access, round: found } = await sessionAccessWithRound(actor, slug, sessionId, roundId);
  requireLive(access);
  enforce(decide(actor, 'dots.place', { process: access.process, phase: phaseOf(access.session) }));
  const round = foundRound(found);
  await requireDotItem(access.process.id, item);
  let id: string;
  try {
    // One INSERT that happened or not: while another process holds the database it runs again, and the
    // database's triggers judge the budget at each attempt, so a retried dot never counts twice.
    ({ id } = await retryWhenBusy(() => db.dot.create({ data: { roundId: round.id, userId: actor.id, itemType: item.itemType, itemId: item.itemId, layerId: item.itemType === 'feature' ? item.layerId : '' }, select: { id: true } })));
  } catch (error) {
    const refusal = databaseRefusal(error);
    if (refusal && refusal !== 'round_already_open') throw new AppError(409, refusal, REFUSED[refusal]);
    throw error;
  }
  // The dot is in: a busy database now must not make a placed dot look refused (and be placed again).
  const counts = await retryWhenBusy(() => tallies(round.id, actor.id, item), { attempts: 5 });
  signalVote(access.process.id, await roundView(round, Date.now(), counts.total), { ...item, dots: counts.item });
  return { id, left: Math.max(0, round.dots - counts.mine) };
}

/** A participant takes back one of their dots while the round is open (one statement: never after it closed). */
export async function removeDot(actor: Actor, slug: string, sessionId: string, roundId: string, dotId: string): Promise<{ left: number }> {
  const { access, round: found } = await sessionAccessWithRound(actor, slug, sessionId, roundId);
  requireLive(access);
  const round = foundRound(found);
  const dot = await db.dot.findFirst({ where: { id: dotId.slice(0, 64), roundId: round.id, userId: actor.id } });
  if (!dot) throw new AppError(404, 'not_found', 'You have no such dot in this round.');
  const removed = await retryWhenBusy(() => db.$executeRaw`DELETE FROM "Dot" WHERE "id" = ${dot.id} AND EXISTS (SELECT 1 FROM "DotRound" WHERE "id" = ${round.id} AND "status" = 'open' AND ("endsAt" IS NULL OR ${isFuture('"endsAt"')}))`);
  if (removed === 0) throw new AppError(409, 'round_closed', REFUSED.round_closed);
  const item = { itemType: dot.itemType, itemId: dot.itemId, ...(dot.layerId ? { layerId: dot.layerId } : {}) } as DotItem;
  const counts = await tallies(round.id, actor.id, item);
  signalVote(access.process.id, await roundView(round, Date.now(), counts.total), { ...item, dots: counts.item });
  return { left: Math.max(0, round.dots - counts.mine) };
}
