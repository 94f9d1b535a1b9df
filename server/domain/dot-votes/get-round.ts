import { type DotItemType, type MyDot, type RoundAnswer } from '@/lib/live/dot-round';
import type { Viewer } from '@/lib/policy/subject';
import { db } from '@/server/db';
import { newestPage, olderThan, type NewestPage } from '@/server/domain/page-newest';

import { countDots } from './round-results';
import { requireRound, roundView } from './round-view';
import { sessionAccess } from '../live-access';

/** A round, the asker's own dots, and the results: to participants only once revealed, or while it runs with live results. */
export async function getRound(viewer: Viewer, slug: string, sessionId: string, roundId: string): Promise<RoundAnswer> {
  const access = await sessionAccess(viewer, slug, sessionId);
  const row = await requireRound(sessionId, roundId);
  const round = await roundView(row);
  const mine = await db.dot.findMany({ where: { roundId: row.id, userId: viewer!.id }, orderBy: { createdAt: 'asc' }, select: { id: true, itemType: true, itemId: true, layerId: true } });
  const votes: MyDot[] = mine.map((dot) => ({ id: dot.id, itemType: dot.itemType as DotItemType, itemId: dot.itemId, ...(dot.layerId ? { layerId: dot.layerId } : {}) }));
  const results = row.status === 'revealed' ? JSON.parse(row.results ?? '[]') : access.facilitator || row.liveResults ? await countDots(row.id) : null;
  return { round, mine: { left: Math.max(0, row.dots - votes.length), votes }, results };
}

/** The session's rounds, newest first, a page at a time. */
export async function listRounds(viewer: Viewer, slug: string, sessionId: string, query: NewestPage) {
  const access = await sessionAccess(viewer, slug, sessionId);
  const where = { sessionId: access.session.id };
  const [rows, total] = await Promise.all([
    db.dotRound.findMany({ where: { AND: [where, olderThan(query.cursor)] }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: query.limit + 1 }),
    db.dotRound.count({ where }),
  ]);
  const { page, nextCursor } = newestPage(rows, query.limit);
  return { items: await Promise.all(page.map((row) => roundView(row))), nextCursor, total };
}
