import { db } from '@/server/db';

export type VoteCounts = { supports: number; opposes: number };

/** Support and oppose counts per target, and the asking person's own vote. */
export async function voteCounts(targetType: string, targetIds: string[], voterId?: string) {
  const [grouped, mine] = await Promise.all([
    db.vote.groupBy({ by: ['targetId', 'value'], where: { targetType, targetId: { in: targetIds } }, _count: { _all: true } }),
    voterId ? db.vote.findMany({ where: { targetType, targetId: { in: targetIds }, voterId }, select: { targetId: true, value: true } }) : [],
  ]);
  const counts = new Map<string, VoteCounts & { mine: number }>(targetIds.map((id) => [id, { supports: 0, opposes: 0, mine: 0 }]));
  for (const row of grouped) {
    const entry = counts.get(row.targetId)!;
    if (row.value === 1) entry.supports = row._count._all;
    else entry.opposes = row._count._all;
  }
  for (const row of mine) counts.get(row.targetId)!.mine = row.value;
  return counts;
}
