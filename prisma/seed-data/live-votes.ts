// The demo's finished live session gets a revealed dot-vote round: its participants' dots on the
// process's first proposals and marks, counted and placed as the reveal does, and the session's
// summary written again with it. Runs after the live sessions' seed; safe to run again.
import { countDots, placeResults } from '@/server/domain/dot-votes/round-results';
import { buildSummary } from '@/server/domain/live-sessions/session-summary';
import type { PrismaClient } from '@/server/generated/prisma/client';

const DOTS = 3;
const VOTERS = 12;
/** Which of the six items each voter's three dots go on (a spread with a clear winner). */
const CHOICES = [[0, 0, 1], [0, 2, 3], [1, 1, 0], [0, 4, 5], [2, 0, 3], [1, 0, 0], [3, 3, 1], [0, 5, 2], [4, 1, 0], [0, 1, 2], [2, 2, 5], [1, 3, 0]];

export async function seedDotVotes(db: PrismaClient, processId: string): Promise<void> {
  const session = await db.liveSession.findFirst({ where: { processId, status: 'ended' }, orderBy: { endedAt: 'desc' } });
  if (!session || (await db.dotRound.count({ where: { sessionId: session.id } })) > 0) return;
  const joined = await db.sessionParticipant.findMany({ where: { sessionId: session.id }, select: { userId: true }, take: VOTERS });
  const voters = joined.length > 0 ? joined.map((row) => row.userId) : (await db.user.findMany({ where: { role: 'citizen', deletedAt: null }, select: { id: true }, take: VOTERS })).map((row) => row.id);
  const [proposals, marks] = await Promise.all([
    db.proposal.findMany({ where: { processId, status: { not: 'draft' }, hiddenAt: null }, orderBy: { createdAt: 'asc' }, select: { id: true }, take: 3 }),
    db.annotation.findMany({ where: { processId, hiddenAt: null }, orderBy: { createdAt: 'asc' }, select: { id: true }, take: 3 }),
  ]);
  const items = [...proposals.map((row) => ({ itemType: 'proposal', itemId: row.id })), ...marks.map((row) => ({ itemType: 'mark', itemId: row.id }))];
  if (items.length === 0 || voters.length === 0) return;
  const at = session.endedAt ?? new Date();
  // Opened without an end so the database's budget takes the dots; dated within the session afterwards.
  const round = await db.dotRound.create({ data: { sessionId: session.id, dots: DOTS, perItemMax: 2 } });
  const dots = voters.flatMap((userId, voter) => CHOICES[voter % CHOICES.length].map((choice, n) => ({ roundId: round.id, userId, ...items[choice % items.length], createdAt: new Date(at.getTime() - 20 * 60_000 + voter * 30_000 + n * 5_000) })));
  for (const dot of dots) await db.dot.create({ data: dot }).catch(() => undefined); // a pick past the item's maximum is refused, as in a real round
  const results = await placeResults(processId, await countDots(round.id));
  await db.dotRound.update({
    where: { id: round.id },
    data: { status: 'revealed', results: JSON.stringify(results), createdAt: new Date(at.getTime() - 25 * 60_000), closedAt: new Date(at.getTime() - 10 * 60_000), revealedAt: new Date(at.getTime() - 9 * 60_000) },
  });
  await db.liveSession.update({ where: { id: session.id }, data: { summary: JSON.stringify(await buildSummary(session)) } });
  console.log(`seeded a revealed dot-vote round in "${session.title}": ${results.length} items ranked`);
}
