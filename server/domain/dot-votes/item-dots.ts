// What dot-vote rounds left on one item: "5 dots in <session>", counted from the revealed rounds'
// dots (hidden and running rounds say nothing), for a proposal's page and a mark's sheet.
import type { DotItemType } from '@/lib/live/dot-round';
import { db } from '@/server/db';

export type ItemDots = { roundId: string; sessionId: string; sessionTitle: string; dots: number; revealedAt: string };

/** The revealed rounds that counted dots on this item, newest first (bounded: an item is in few sessions). */
export async function itemDots(processId: string, itemType: DotItemType, itemId: string, layerId = ''): Promise<ItemDots[]> {
  const groups = await db.dot.groupBy({
    by: ['roundId'],
    where: { itemType, itemId, layerId, round: { status: 'revealed', session: { processId } } },
    _count: { _all: true },
    orderBy: { roundId: 'asc' },
    take: 50,
  });
  if (groups.length === 0) return [];
  const rounds = await db.dotRound.findMany({
    where: { id: { in: groups.map((group) => group.roundId) } },
    select: { id: true, revealedAt: true, session: { select: { id: true, title: true } } },
  });
  const counts = new Map(groups.map((group) => [group.roundId, group._count._all]));
  return rounds
    .map((round) => ({ roundId: round.id, sessionId: round.session.id, sessionTitle: round.session.title, dots: counts.get(round.id) ?? 0, revealedAt: (round.revealedAt ?? new Date(0)).toISOString() }))
    .sort((a, b) => b.revealedAt.localeCompare(a.revealedAt));
}
