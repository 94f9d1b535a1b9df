// The permission guard: every incoming update is tried on a small document holding only the parts
// of the room it reaches (update-reach.ts), and judged on what it would change, before the real
// document, other clients or storage see it.
import * as Y from 'yjs';

import { decide, type Decision, type ProcessState, type Situation } from '@/lib/policy/decide';
import { findPhase, type Phase } from '@/lib/live/phases';
import { isSessionKey, readSessionState, validSessionValue } from '@/lib/live/session-state';
import type { Subject } from '@/lib/policy/subject';
import { annotationSchema, annotationsMap, ANNOTATIONS, SESSION, sessionMap } from '@/lib/collab/annotation';
import { checkGeometry } from '@/lib/geo/geometry';
import type { Bounds } from '@/lib/schemas/process';
import { CLOSE_FORBIDDEN, CLOSE_INVALID } from '@/lib/collab/close-codes';

import { COLLAB_LIMITS } from './limits';
import { partOf, reachOf, type Reach } from './update-reach';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types its shared types by their event type, and uses any itself.
type YType = Y.AbstractType<any>;

export type Actor = Subject;
/**
 * The process's running live session: its id and its agenda, whose phases say what participants may
 * do. `phase` is the row's, for a document that does not name the session yet; the doc's phase rules.
 */
export type LiveRules = { sessionId: string; phases: Phase[]; phase: string | null };
/** The room's process as the policy judges it, its territory, and its live session (null: none runs). */
export type RoomRules = { bounds: Bounds; process: ProcessState; live?: LiveRules | null };
export { CLOSE_FORBIDDEN, CLOSE_INVALID };

/** Refusal reasons read `key: detail`; browsers translate the key (an error code, or annotations.refused.reasons.<key>), logs keep the detail. */
export type Verdict =
  | { ok: true; changedIds: string[]; empty: boolean }
  | { ok: false; code: typeof CLOSE_INVALID | typeof CLOSE_FORBIDDEN; reason: string };

const refuse = (code: typeof CLOSE_INVALID | typeof CLOSE_FORBIDDEN, reason: string): Verdict => ({ ok: false, code, reason });

function refusedBy(decision: Decision, detail: string): Verdict | null {
  if (decision.ok) return null;
  return refuse(CLOSE_FORBIDDEN, `${decision.code}: ${detail}`);
}

/** The annotation id a changed type belongs to, or null when it is not inside an annotation. */
function annotationIdOf(type: YType, root: YType): string | null {
  let current: YType | null = type;
  while (current?._item) {
    if (current._item.parent === root) return current._item.parentSub;
    current = current._item.parent as YType;
  }
  return null;
}

function isInside(type: YType, root: YType): boolean {
  let current: YType | null = type;
  while (current) {
    if (current === root) return true;
    current = (current._item?.parent as YType) ?? null;
  }
  return false;
}

/** Plain fields of an annotation entry; null when it is not a map of plain values. */
function plainEntry(entry: unknown): Record<string, unknown> | null {
  if (!(entry instanceof Y.Map)) return null;
  const fields: Record<string, unknown> = {};
  for (const [key, value] of entry.entries()) {
    if (value instanceof Y.AbstractType) return null;
    fields[key] = value;
  }
  return fields;
}

export class UpdateGuard {
  constructor(private readonly real: Y.Doc) {}

  judge(update: Uint8Array, actor: Actor, rules: RoomRules): Verdict {
    let reach: Reach;
    try {
      reach = reachOf(this.real, update);
    } catch {
      return refuse(CLOSE_INVALID, 'malformed: the update could not be read');
    }
    if (reach.marks.size > COLLAB_LIMITS.marksPerUpdate) return refuse(CLOSE_FORBIDDEN, `change_too_large: ${reach.marks.size} marks in one change, at most ${COLLAB_LIMITS.marksPerUpdate}`);
    const part = partOf(this.real, reach);
    try {
      return this.tryOn(part, reach, update, actor, rules);
    } finally {
      part.destroy();
    }
  }

  private tryOn(part: Y.Doc, reach: Reach, update: Uint8Array, actor: Actor, rules: RoomRules): Verdict {
    let changed: Map<YType, Set<string | null>> = new Map();
    const capture = (transaction: Y.Transaction) => (changed = transaction.changed as typeof changed);
    part.once('afterTransaction', capture);
    try {
      Y.applyUpdate(part, update);
    } catch {
      part.off('afterTransaction', capture);
      return refuse(CLOSE_INVALID, 'malformed: the update could not be read');
    }
    const store = part.store;
    if (store.pendingStructs || store.pendingDs) return refuse(CLOSE_INVALID, 'malformed: the update depends on changes the server never accepted');
    if (changed.size === 0) return { ok: true, changedIds: [], empty: true };

    const annotations = annotationsMap(part);
    const session = sessionMap(part);
    const ids = new Set<string>();
    let sessionTouched = false;
    for (const [type, keys] of changed) {
      if (type === annotations) {
        for (const key of keys) {
          if (key === null) return refuse(CLOSE_INVALID, `malformed: "${ANNOTATIONS}" must be a map`);
          ids.add(key);
        }
        continue;
      }
      if (isInside(type, session)) {
        // Session values are plain (lib/live/session-state.ts): a shared type inside the map is never one.
        if (type !== session) return refuse(CLOSE_INVALID, 'invalidSession: the live session holds plain values only');
        sessionTouched = true;
        continue;
      }
      const id = annotationIdOf(type, annotations);
      if (id === null) return refuse(CLOSE_INVALID, `malformed: only "${ANNOTATIONS}" and "${SESSION}" may be edited`);
      ids.add(id);
    }

    if (sessionTouched) {
      const decision = decide(actor, 'session.run', { process: rules.process });
      if (!decision.ok) return refuse(CLOSE_FORBIDDEN, `sessionOnly: only a facilitator may change the live session (${decision.code})`);
      const refused = this.judgeSession(session, changed.get(session), rules);
      if (refused) return refused;
    }
    // The part holds the session only when the update reaches it; otherwise it is the room's.
    const state = readSessionState(sessionMap(reach.session ? part : this.real));
    const situation: Situation = {
      process: rules.process,
      map: { locked: state.locked, privateMode: state.privateMode },
      phase: rules.live ? findPhase(rules.live.phases, state.phase) : null,
    };
    for (const id of ids) {
      const verdict = this.judgeAnnotation(id, plainEntry(annotations.get(id)), annotations.has(id), actor, rules, situation);
      if (verdict) return verdict;
    }
    return { ok: true, changedIds: [...ids], empty: false };
  }

  /**
   * Every key a facilitator's update sets in the session map must be one of lib/live/session-state.ts's
   * with a value its schema takes; `sessionId` is the server's, and a phase must be on the live agenda.
   */
  private judgeSession(session: Y.Map<unknown>, keys: Set<string | null> | undefined, rules: RoomRules): Verdict | null {
    for (const key of keys ?? []) {
      if (key === null || !isSessionKey(key)) return refuse(CLOSE_INVALID, `invalidSession: "${key}" is not a key of the live session`);
      if (key === 'sessionId') return refuse(CLOSE_FORBIDDEN, 'sessionOnly: the server says which session runs');
      if (!session.has(key)) continue;
      const value = session.get(key);
      if (!validSessionValue(key, value)) return refuse(CLOSE_INVALID, `invalidSession: "${key}" cannot hold this value`);
      if (key === 'phase' && value !== null && !(rules.live && findPhase(rules.live.phases, value))) return refuse(CLOSE_INVALID, `invalidSession: "${String(value)}" is not a phase of the live session`);
    }
    return null;
  }

  private judgeAnnotation(id: string, after: Record<string, unknown> | null, exists: boolean, actor: Actor, rules: RoomRules, situation: Situation): Verdict | null {
    const before = annotationsMap(this.real).get(id)?.get('authorId');
    const authorBefore = typeof before === 'string' ? before : undefined;
    const change = (authorId: string) => decide(actor, 'annotation.editOwn', { ...situation, target: { authorId, hidden: false, published: true } });

    if (!exists) {
      if (authorBefore === undefined) return null; // created and removed in one go: nothing changes
      return refusedBy(change(authorBefore), 'you may only delete your own marks');
    }
    if (!after) return refuse(CLOSE_INVALID, 'invalidMark: an annotation must be a map of plain values');
    const parsed = annotationSchema.safeParse(after);
    if (!parsed.success) return refuse(CLOSE_INVALID, `invalidMark: ${parsed.error.issues[0]?.path.join('.') || 'fields'}`);
    const annotation = parsed.data;
    if (annotation.id !== id) return refuse(CLOSE_INVALID, 'invalidMark: an annotation is stored under its own id');
    const geometry = checkGeometry(annotation.geometry, rules.bounds);
    if (!geometry.ok) return refuse(CLOSE_INVALID, `shape.${geometry.problem}: the shape breaks the geometry rules`);

    if (authorBefore === undefined) {
      const refused = refusedBy(decide(actor, 'annotation.create', situation), 'you may not add marks here');
      if (refused) return refused;
      if (annotation.authorId !== actor.id || annotation.authorName !== actor.name) return refuse(CLOSE_FORBIDDEN, 'notYourName: a new mark must be signed with your own name');
      return null;
    }
    const refused = refusedBy(change(authorBefore), 'you may only change your own marks');
    if (refused) return refused;
    if (annotation.authorId !== authorBefore) return refuse(CLOSE_FORBIDDEN, 'not_yours: the author of a mark cannot change');
    return null;
  }
}
