// A proposal's life: draft → published → under review → accepted | rejected | implemented.
export const PROPOSAL_STATUSES = ['draft', 'published', 'under_review', 'accepted', 'rejected', 'implemented'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

const NEXT: Record<ProposalStatus, readonly ProposalStatus[]> = {
  draft: ['published'],
  published: ['under_review', 'accepted', 'rejected'],
  under_review: ['accepted', 'rejected', 'published'],
  accepted: ['implemented', 'under_review'],
  rejected: ['under_review'],
  implemented: [],
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
