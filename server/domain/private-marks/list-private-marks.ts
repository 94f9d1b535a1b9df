import type { Annotation } from '@/lib/collab/annotation';
import type { Viewer } from '@/lib/policy/subject';
import { db } from '@/server/db';

import { sessionAccess } from '../live-access';
import { newestPage, olderThan, type NewestPage } from '../page-newest';

export type PrivateMarkView = Annotation & { revealed: boolean };

/**
 * Private marks of a session, newest first, a page at a time: its facilitators read all of them, a
 * participant their own. `pending`: how many are not revealed yet (a map draws only some of them).
 */
export async function listPrivateMarks(viewer: Viewer, slug: string, sessionId: string, query: NewestPage) {
  const access = await sessionAccess(viewer, slug, sessionId);
  const where = { sessionId: access.session.id, ...(access.facilitator ? {} : { authorId: viewer!.id }) };
  const [rows, total, pending] = await Promise.all([
    db.privateMark.findMany({ where: { AND: [where, olderThan(query.cursor)] }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: query.limit + 1 }),
    db.privateMark.count({ where }),
    db.privateMark.count({ where: { ...where, revealedAt: null } }),
  ]);
  const { page, nextCursor } = newestPage(rows, query.limit);
  const items: PrivateMarkView[] = page.map((row) => ({ ...(JSON.parse(row.annotation) as Annotation), revealed: row.revealedAt !== null }));
  return { items, nextCursor, total, pending };
}
