import { describe, expect, it } from 'vitest';

import { PROPOSAL_STATUSES, authorMayEdit, authorMayWithdraw, canMoveTo, nextStatuses } from './proposal-lifecycle';

describe('proposal lifecycle', () => {
  it('follows draft → published → under review → accepted → implemented', () => {
    expect(canMoveTo('draft', 'published')).toBe(true);
    expect(canMoveTo('published', 'under_review')).toBe(true);
    expect(canMoveTo('under_review', 'accepted')).toBe(true);
    expect(canMoveTo('accepted', 'implemented')).toBe(true);
  });

  it.each([
    ['rejected', 'published'],
    ['draft', 'accepted'],
    ['implemented', 'rejected'],
    ['published', 'draft'],
    ['rejected', 'implemented'],
  ] as const)('refuses %s → %s', (from, to) => {
    expect(canMoveTo(from, to)).toBe(false);
  });

  it('never lets a status move to itself', () => {
    for (const status of PROPOSAL_STATUSES) expect(nextStatuses(status)).not.toContain(status);
  });
});

describe('what the author may do', () => {
  it('edits a draft, and a published proposal until it is answered', () => {
    expect(authorMayEdit('draft', false)).toBe(true);
    expect(authorMayEdit('published', false)).toBe(true);
    expect(authorMayEdit('published', true)).toBe(false);
    for (const status of ['under_review', 'accepted', 'rejected', 'implemented', 'withdrawn'] as const) expect(authorMayEdit(status, false)).toBe(false);
  });

  it('withdraws a public proposal until it is decided, and a withdrawn one stays withdrawn', () => {
    expect(authorMayWithdraw('published')).toBe(true);
    expect(authorMayWithdraw('under_review')).toBe(true);
    for (const status of ['draft', 'accepted', 'rejected', 'implemented', 'withdrawn'] as const) expect(authorMayWithdraw(status)).toBe(false);
    expect(nextStatuses('withdrawn')).toEqual([]);
    for (const status of PROPOSAL_STATUSES) expect(canMoveTo(status, 'withdrawn')).toBe(false);
  });
});
