// Roles and the actions each may take in principle; `decide` (./decide.ts) adds who owns what and
// the state things are in. Every action here is enforced by a domain service or the collab guard.
export const ROLES = ['guest', 'citizen', 'facilitator', 'councillor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  'annotation.create',
  'annotation.editOwn',
  'annotation.editAny',
  'comment.create',
  'comment.editOwn',
  'vote.cast',
  /** Place a dot in a live session's dot-vote round (the phase must allow dots: lib/live/phases.ts). */
  'dots.place',
  'proposal.create',
  'proposal.editOwn',
  'content.flag',
  'content.moderate',
  'user.block',
  'session.run',
  'proposal.answer',
  'proposal.changeStatus',
  'layer.manage',
  /** Read the review dashboard's figures (facilitators too: they run the sessions and need to see where people spoke). */
  'process.review',
  'basemap.manage',
  /** Download a process's contributions (GeoJSON, CSV) and open its printable report. */
  'process.export',
  /** Enter the administration area (/admin); each page there asks for its own action too. */
  'admin.enter',
  /** Create processes, edit them and move them through their lifecycle. */
  'process.manage',
  /** Change accounts' roles, block them across the installation, invite staff, read the audit log. */
  'user.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

const PARTICIPATE: Action[] = ['annotation.create', 'annotation.editOwn', 'comment.create', 'comment.editOwn', 'vote.cast', 'dots.place'];
const CITIZEN: Action[] = [...PARTICIPATE, 'proposal.create', 'proposal.editOwn', 'content.flag'];

const MATRIX: Record<Role, ReadonlySet<Action>> = {
  guest: new Set(PARTICIPATE),
  citizen: new Set(CITIZEN),
  facilitator: new Set([...CITIZEN, 'annotation.editAny', 'content.moderate', 'user.block', 'session.run', 'process.review']),
  councillor: new Set([...CITIZEN, 'proposal.answer', 'proposal.changeStatus', 'layer.manage', 'process.review', 'process.export']),
  admin: new Set(ACTIONS),
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The role's permission in principle; use `decide` for a concrete target and state. */
export function roleAllows(role: Role | null | undefined, action: Action): boolean {
  if (!role) return false;
  return MATRIX[role].has(action);
}

/** Staff see drafts of processes and hidden content in the moderation queue. */
export const isStaff = (role: Role | null | undefined) => role === 'facilitator' || role === 'councillor' || role === 'admin';

/** Roles an admin may give to an account; guests only ever join a live session. */
export const ACCOUNT_ROLES = ['citizen', 'facilitator', 'councillor', 'admin'] as const satisfies readonly Role[];
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** Roles an invitation can carry: the ones a city gives to its staff. */
export const INVITABLE_ROLES = ['facilitator', 'councillor'] as const satisfies readonly Role[];
export type InvitableRole = (typeof INVITABLE_ROLES)[number];

/** Roles a person can sign up for themselves; the others are given by an admin. */
export const SELF_SERVICE_ROLE: Role = 'citizen';
