import { describe, expect, it } from 'vitest';

import { PROPOSAL_STATUSES, canMoveTo, nextStatuses } from './proposal-lifecycle';

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
