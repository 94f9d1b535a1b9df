// What came from live sessions in the review's period: the sessions held, who joined them (guests
// counted apart, never named) and the dots placed in their rounds. Sessions are not places, so the
// area, district and category filters do not apply to these figures.
import { db } from '@/server/db';

import type { ReviewFilter } from './review-filter';

const LISTED = 10;

export async function reviewLive(processId: string, filter: Pick<ReviewFilter, 'from' | 'until'>) {
  const held = {
    processId,
    status: { in: ['live', 'ended'] },
    startedAt: { not: null, ...(filter.from ? { gte: filter.from } : {}), ...(filter.until ? { lt: filter.until } : {}) },
  };
  const joined = (guest: boolean) => ({ role: guest ? 'guest' : { not: 'guest' }, sessionsJoined: { some: { session: held } } });
  const [sessions, guests, registered, dots, latest] = await Promise.all([
    db.liveSession.count({ where: held }),
    db.user.count({ where: joined(true) }),
    db.user.count({ where: joined(false) }),
    db.dot.count({ where: { round: { session: held } } }),
    db.liveSession.findMany({
      where: held,
      orderBy: [{ startedAt: 'desc' }, { id: 'asc' }],
      take: LISTED,
      select: { id: true, title: true, status: true, startedAt: true, _count: { select: { participants: true } } },
    }),
  ]);
  return {
    sessions,
    participants: { registered, guests },
    dots,
    latest: latest.map((s) => ({ id: s.id, title: s.title, status: s.status, startedAt: s.startedAt?.toISOString() ?? null, participants: s._count.participants })),
  };
}

export type ReviewLive = Awaited<ReturnType<typeof reviewLive>>;
