import { db } from '@/server/db';
import { inChunks } from '@/server/database/in-chunks';

export type VoteCounts = { supports: number; opposes: number };
export type VoteTallies = Map<string, VoteCounts & { mine: number }>;

type Grouped = { targetId: string; value: number; _count: { _all: number } };

function tally(targetIds: Iterable<string>, grouped: Grouped[], mine: { targetId: string; value: number }[]): VoteTallies {
  const counts: VoteTallies = new Map();
  for (const id of targetIds) counts.set(id, { supports: 0, opposes: 0, mine: 0 });
  const entry = (id: string) => counts.get(id) ?? counts.set(id, { supports: 0, opposes: 0, mine: 0 }).get(id)!;
  for (const row of grouped) {
    if (row.value === 1) entry(row.targetId).supports = row._count._all;
    else entry(row.targetId).opposes = row._count._all;
  }
  for (const row of mine) entry(row.targetId).mine = row.value;
  return counts;
}

/** Support and oppose counts per target, and the asking person's own vote (any number of targets, in bounded chunks). */
export async function voteCounts(targetType: string, targetIds: string[], voterId?: string): Promise<VoteTallies> {
  const [grouped, mine] = await Promise.all([
    inChunks(targetIds, (chunk) => db.vote.groupBy({ by: ['targetId', 'value'], where: { targetType, targetId: { in: chunk } }, _count: { _all: true } })),
    voterId ? inChunks(targetIds, (chunk) => db.vote.findMany({ where: { targetType, targetId: { in: chunk }, voterId }, select: { targetId: true, value: true } })) : [],
  ]);
  return tally(targetIds, grouped, mine);
}

/** Every target of one type in a process with its counts, in one aggregate keyed by the process (targets without votes are absent). */
export async function processVoteCounts(processId: string, targetType: string, voterId?: string): Promise<VoteTallies> {
  const [grouped, mine] = await Promise.all([
    db.vote.groupBy({ by: ['targetId', 'value'], where: { processId, targetType }, _count: { _all: true } }),
    voterId ? db.vote.findMany({ where: { processId, targetType, voterId }, select: { targetId: true, value: true } }) : [],
  ]);
  return tally([], grouped, mine);
}
