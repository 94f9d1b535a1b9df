// May this person take this action on this target in this state? The one answer the collab guard,
// the token route, the domain services and the browser all ask for.
import type { ErrorCode } from '@/lib/errors/codes';
import { phaseAllows, type Phase, type PhaseAllow } from '@/lib/live/phases';

import { isStaff, roleAllows, type Action, type Role } from './roles';
import type { Subject, Viewer } from './subject';

export type ProcessStatus = 'draft' | 'open' | 'closed' | 'archived';
export type ProcessState = { id: string; status: ProcessStatus };
/** The shared map's live state: a locked map takes no marks but from facilitators; in private mode participants' new marks go elsewhere. */
export type MapState = { locked: boolean; privateMode?: boolean };
/** What the action touches: its author (null when nobody owns it yet), hidden, published. */
export type TargetState = { authorId: string | null; hidden: boolean; published: boolean };
/** `phase`: the running live session's current phase (null or absent: no session, nothing restricted). */
export type Situation = { process: ProcessState; map?: MapState; target?: TargetState; phase?: Pick<Phase, 'allows'> | null };

export type Refusal = { ok: false; code: ErrorCode; status: 401 | 403 | 404 | 409 };
export type Decision = { ok: true } | Refusal;

const OK: Decision = { ok: true };
const no = (status: Refusal['status'], code: ErrorCode): Refusal => ({ ok: false, code, status });

/** Actions that change the process's content and stop when it closes. Moderation and answers go on. */
const NEEDS_OPEN_PROCESS: ReadonlySet<Action> = new Set([
  'annotation.create',
  'annotation.editOwn',
  'annotation.editAny',
  'comment.create',
  'comment.editOwn',
  'vote.cast',
  'dots.place',
  'proposal.create',
  'proposal.editOwn',
]);
const MAP_EDITS: ReadonlySet<Action> = new Set(['annotation.create', 'annotation.editOwn', 'annotation.editAny']);
/** What a live session's phase must allow for participants to take each action. */
const PHASE_NEEDS: Partial<Record<Action, PhaseAllow>> = {
  'annotation.create': 'marks',
  'annotation.editOwn': 'marks',
  'comment.create': 'comments',
  'vote.cast': 'support',
  'dots.place': 'dots',
};
/** Reactions to a target (not edits of it): a hidden or unpublished target takes none. */
const REACTIONS: ReadonlySet<Action> = new Set(['comment.create', 'vote.cast', 'content.flag']);
/** Edits of one's own work: the target must be the subject's. */
const OWN_EDITS: ReadonlySet<Action> = new Set(['annotation.editOwn', 'comment.editOwn', 'proposal.editOwn']);

/** May this person act at all, whatever the action: signed in, not blocked, not deleted, guest of a live session. */
export function standing(subject: Viewer): Decision {
  if (!subject) return no(401, 'sign_in_required');
  if (subject.deleted) return no(401, 'account_deleted');
  if (subject.blocked) return no(403, 'blocked');
  if (subject.role === 'guest' && (!subject.guestOf || subject.guestOf.ended)) return no(403, 'session_ended');
  return OK;
}

/** Anyone may see a process that is not a draft. */
export const isPublicProcess = (status: string) => status === 'open' || status === 'closed' || status === 'archived';

/** May this person see the process at all? A draft is for staff only. */
export function mayOpenProcess(viewer: Viewer, process: ProcessState): boolean {
  if (isPublicProcess(process.status)) return true;
  return !!viewer && !viewer.deleted && isStaff(viewer.role);
}

/** May this person see this item's content? Hidden: moderators only. Unpublished (a draft): its author only. */
export function maySee(viewer: Viewer, process: ProcessState, target: TargetState): boolean {
  if (!mayOpenProcess(viewer, process)) return false;
  const moderator = !!viewer && !viewer.deleted && roleAllows(viewer.role, 'content.moderate');
  if (target.hidden) return moderator;
  if (!target.published) return !!viewer && viewer.id === target.authorId;
  return true;
}

/**
 * Changing or deleting an existing mark, comment or proposal is asked as its `editOwn` action; roles
 * that may edit any mark pass for marks that are not theirs.
 */
/** Does this item still take comments and votes from those who may give them? Open process, published, not hidden. */
export const takesReactions = (process: ProcessState, target: TargetState) => process.status === 'open' && target.published && !target.hidden;

export function decide(subject: Viewer, action: Action, situation: Situation): Decision {
  const { process, map, target } = situation;
  const entry = mayEnter(subject, process);
  if (!entry.ok) return entry;
  const who = subject as Subject;
  if (target && !maySee(who, process, target)) return no(404, 'not_found');

  const editsAnyAnnotation = action === 'annotation.editOwn' && roleAllows(who.role, 'annotation.editAny');
  if (!roleAllows(who.role, action) && !editsAnyAnnotation) return no(403, 'forbidden');
  if (NEEDS_OPEN_PROCESS.has(action) && process.status !== 'open') return no(409, 'process_closed');
  const runsSessions = roleAllows(who.role, 'session.run');
  if (MAP_EDITS.has(action) && map?.locked && !runsSessions) return no(409, 'map_locked');
  const needs = PHASE_NEEDS[action];
  if (needs && !runsSessions && !phaseAllows(situation.phase, needs)) return no(409, 'phase_not_allowed');
  if (action === 'annotation.create' && map?.privateMode && !runsSessions) return no(409, 'private_mode');

  if (target && REACTIONS.has(action)) {
    if (target.hidden) return no(409, 'hidden');
    if (!target.published) return no(404, 'not_found');
  }
  if (target && OWN_EDITS.has(action) && !editsAnyAnnotation) {
    if (target.authorId !== who.id) return no(403, 'not_yours');
    if (target.hidden) return no(409, 'hidden');
  }
  return OK;
}

export const allowed = (subject: Viewer, action: Action, situation: Situation) => decide(subject, action, situation).ok;

/**
 * Refused only because the live session's current phase does not allow it, allowed in every other respect:
 * a page shows such a control switched off, with the phase as the reason, rather than not at all.
 */
export function heldByPhase(subject: Viewer, action: Action, situation: Situation): boolean {
  const decision = decide(subject, action, situation);
  return !decision.ok && decision.code === 'phase_not_allowed' && allowed(subject, action, { ...situation, phase: null });
}

/**
 * Blocking a person: in a process, those who may block, but staff accounts only by an administrator;
 * for the whole installation (no process), administrators only. Never oneself.
 */
export function decideBlock(subject: Viewer, person: { id: string; role: string }, process: ProcessState | null): Decision {
  const base = process ? decide(subject, 'user.block', { process }) : decideAccountAdmin(subject);
  if (!base.ok) return base;
  if (person.id === subject!.id) return no(403, 'forbidden');
  if (isStaff(person.role as Subject['role']) && subject!.role !== 'admin') return no(403, 'forbidden');
  return OK;
}

/** Actions on the installation rather than one process (its basemaps…): standing, then the role. */
export function decideInstallation(subject: Viewer, action: Action): Decision {
  const base = standing(subject);
  if (!base.ok) return base;
  return roleAllows(subject!.role, action) ? OK : no(403, 'forbidden');
}

/** May this person manage accounts (roles, blocks, invitations, the audit log, installation settings)? */
export const decideAccountAdmin = (subject: Viewer): Decision => decideInstallation(subject, 'user.manage');

/**
 * Giving an account another role: administrators only, to registered accounts (not guests, not
 * deleted ones), and never leaving the installation without an active administrator.
 * `activeAdmins` counts administrators who are neither blocked nor deleted, the person included.
 */
export function decideRoleChange(subject: Viewer, person: { id: string; role: string; deleted: boolean }, role: Role, activeAdmins: number): Decision {
  const base = decideAccountAdmin(subject);
  if (!base.ok) return base;
  if (person.deleted) return no(404, 'not_found');
  if (person.role === 'guest' || role === 'guest') return no(409, 'invalid_transition');
  if (person.role === 'admin' && role !== 'admin' && activeAdmins <= 1) return no(409, 'last_admin');
  return OK;
}

/** May this person enter the process's shared map at all (before any action)? */
export function mayEnter(subject: Viewer, process: ProcessState): Decision {
  const base = standing(subject);
  if (!base.ok) return base;
  if (!mayOpenProcess(subject, process)) return no(404, 'process_not_found');
  if (subject!.role === 'guest' && subject!.guestOf?.processId !== process.id) return no(403, 'forbidden');
  if (subject!.removedFrom?.includes(process.id)) return no(403, 'removed_from_session');
  return OK;
}
