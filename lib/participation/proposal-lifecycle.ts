// A proposal's life: draft → published → under review → accepted | rejected | implemented.
// Its author may change its words until it is answered, and withdraw it until it is decided.
export const PROPOSAL_STATUSES = ['draft', 'published', 'under_review', 'accepted', 'rejected', 'implemented', 'withdrawn'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

// The moves officials make (and the author's publishing of a draft); withdrawing is the author's own move below.
const NEXT: Record<ProposalStatus, readonly ProposalStatus[]> = {
  draft: ['published'],
  published: ['under_review', 'accepted', 'rejected'],
  under_review: ['accepted', 'rejected', 'published'],
  accepted: ['implemented', 'under_review'],
  rejected: ['under_review'],
  implemented: [],
  withdrawn: [],
};

export function canMoveTo(from: ProposalStatus, to: ProposalStatus): boolean {
  return NEXT[from].includes(to);
}

export function nextStatuses(from: ProposalStatus): readonly ProposalStatus[] {
  return NEXT[from];
}

/** Statuses only officials set (with an answer); the author only publishes their draft. */
export const OFFICIAL_STATUSES: readonly ProposalStatus[] = ['under_review', 'accepted', 'rejected', 'implemented'];

export const isPublic = (status: ProposalStatus) => status !== 'draft';

/** Its author may change a proposal's title, text and category while nobody has answered it: a draft, or published without an answer. */
export function authorMayEdit(status: ProposalStatus, answered: boolean): boolean {
  return status === 'draft' || (status === 'published' && !answered);
}

/** Its author may withdraw a public proposal until officials decide on it; it stays readable, shown as withdrawn. */
export function authorMayWithdraw(status: ProposalStatus): boolean {
  return status === 'published' || status === 'under_review';
}
