// Roles and what each may do: the one matrix every server route, action and collab guard asks.
export const ROLES = ['guest', 'citizen', 'facilitator', 'councillor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  'annotation.create',
  'annotation.editOwn',
  'annotation.editAny',
  'comment.create',
  'comment.editOwn',
  'vote.cast',
  'proposal.create',
  'proposal.editOwn',
  'content.flag',
  'content.moderate',
  'user.block',
  'session.run',
  'proposal.answer',
  'proposal.changeStatus',
  'review.view',
  'data.export',
  'process.manage',
  'layer.manage',
  'role.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

const PARTICIPATE: Action[] = ['annotation.create', 'annotation.editOwn', 'comment.create', 'comment.editOwn', 'vote.cast'];
const CITIZEN: Action[] = [...PARTICIPATE, 'proposal.create', 'proposal.editOwn', 'content.flag'];

const MATRIX: Record<Role, ReadonlySet<Action>> = {
  guest: new Set(PARTICIPATE),
  citizen: new Set(CITIZEN),
  facilitator: new Set([...CITIZEN, 'annotation.editAny', 'content.moderate', 'user.block', 'session.run']),
  councillor: new Set([...CITIZEN, 'proposal.answer', 'proposal.changeStatus', 'review.view', 'data.export', 'layer.manage']),
  admin: new Set(ACTIONS),
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function can(role: Role | null | undefined, action: Action): boolean {
  if (!role) return false;
  return MATRIX[role].has(action);
}

/** Roles a person can sign up for themselves; the others are given by an admin. */
export const SELF_SERVICE_ROLE: Role = 'citizen';
