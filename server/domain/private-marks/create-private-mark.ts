import { annotationSchema, type Annotation } from '@/lib/collab/annotation';
import { checkGeometry } from '@/lib/geo/geometry';
import { decide } from '@/lib/policy/decide';
import { enforce, type Actor } from '@/server/auth/actor';
import { db } from '@/server/db';
import { AppError, invalidInput } from '@/server/http/app-error';

import { publishProcessEvent } from '../events/process-events';
import { phaseOf, requireLive, sessionAccess } from '../live-access';

/**
 * A participant's new mark while the session is in private mode: kept apart from the shared map,
 * for its author and the facilitators, with the same rules as a mark on the map (schema, geometry,
 * the author's own name, the map's lock, the phase).
 */
export async function createPrivateMark(actor: Actor, slug: string, sessionId: string, input: unknown): Promise<Annotation> {
  const access = await sessionAccess(actor, slug, sessionId);
  requireLive(access);
  if (!access.session.privateMode) throw new AppError(409, 'private_mode_off', 'Private mode is off: add your mark to the shared map.');
  // Private mode is what lets this mark be made here, so the policy is asked as for the shared map without it.
  enforce(decide(actor, 'annotation.create', { process: access.process, map: { locked: access.session.locked }, phase: phaseOf(access.session) }));
  const parsed = annotationSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const annotation = { ...parsed.data, authorName: actor.name.slice(0, 60) };
  if (annotation.authorId !== actor.id) throw new AppError(403, 'not_yours', 'A mark is made in your own name.');
  const geometry = checkGeometry(annotation.geometry, access.view.bounds);
  if (!geometry.ok) throw new AppError(400, 'invalid_geometry', `The shape cannot be placed (${geometry.problem}).`, { problem: geometry.problem });
  const taken = await db.annotation.findUnique({ where: { id: annotation.id }, select: { id: true } });
  if (taken || (await db.privateMark.findUnique({ where: { id: annotation.id }, select: { id: true } }))) throw new AppError(400, 'invalid_input', 'This mark exists already.', { field: 'id', problem: 'taken' });
  await db.privateMark.create({ data: { id: annotation.id, sessionId: access.session.id, processId: access.process.id, authorId: actor.id, annotation: JSON.stringify(annotation) } });
  // No content on the public stream: facilitators' screens fetch the list, which only they may read whole.
  publishProcessEvent(access.process.id, { type: 'privateMarks', targetType: 'session', targetId: access.session.id });
  return annotation;
}
