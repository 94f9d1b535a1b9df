import type { Actor } from '@/server/auth/actor';
import { db } from '@/server/db';

import { publishProcessEvent } from '../events/process-events';
import { requireFacilitator, sessionAccess } from '../live-access';

/**
 * A facilitator reveals every private mark of the session at once: the rows are marked revealed here,
 * and the collab server (which watches for them, server/collab/private-marks.ts) puts them into the
 * shared document as one server change within a second.
 */
export async function revealPrivateMarks(actor: Actor, slug: string, sessionId: string): Promise<{ revealed: number }> {
  const access = await sessionAccess(actor, slug, sessionId);
  requireFacilitator(actor, access);
  const { count } = await db.privateMark.updateMany({ where: { sessionId: access.session.id, revealedAt: null }, data: { revealedAt: new Date() } });
  // `reveal`: every participant's screen reloads its own list once (a new private mark tells facilitators only).
  publishProcessEvent(access.process.id, { type: 'privateMarks', targetType: 'reveal', targetId: access.session.id });
  return { revealed: count };
}
