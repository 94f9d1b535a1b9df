import { describe, expect, it } from 'vitest';

import type { Phase } from '@/lib/live/phases';
import { allowed, heldByPhase, type ProcessState, type TargetState } from '@/lib/policy/decide';
import type { Action, Role } from '@/lib/policy/roles';
import type { Subject } from '@/lib/policy/subject';

import { markChange } from './mark-change';

const process: ProcessState = { id: 'p1', status: 'open' };
const person = (role: Role): Subject => ({ id: `${role}-1`, name: role, role, blocked: false, deleted: false, guestOf: null });
const citizen = person('citizen');
const facilitator = person('facilitator');
const phase = (...allows: Phase['allows']): Phase => ({ id: 'p', title: 'P', instructions: '', allows });

/** The browser's rules as components/process/process-context.tsx builds them: one decide, with the live state. */
const rulesOf = (viewer: Subject, live: { phase?: Phase | null; locked?: boolean } = {}) => {
  const situation = { process, map: { locked: live.locked ?? false }, phase: live.phase ?? null };
  return {
    can: (action: Action, target?: TargetState) => allowed(viewer, action, { ...situation, target }),
    heldByPhase: (action: Action, target?: TargetState) => heldByPhase(viewer, action, { ...situation, target }),
  };
};
const own = { authorId: citizen.id, hiddenReason: null };
const others = { authorId: 'someone-else', hiddenReason: null };

describe('changing a mark from its card', () => {
  it('is open to its author outside a live session and in a phase for marks', () => {
    expect(markChange(rulesOf(citizen), own, true)).toBe('open');
    expect(markChange(rulesOf(citizen, { phase: phase('marks') }), own, true)).toBe('open');
  });

  it('is held by a phase without marks: the controls stay in view, off', () => {
    expect(markChange(rulesOf(citizen, { phase: phase('comments', 'support') }), own, true)).toBe('heldByPhase');
    expect(markChange(rulesOf(citizen, { phase: phase() }), own, true)).toBe('heldByPhase');
  });

  it('offers nothing for what the phase is not the reason for: another’s mark, a locked map, a read-only map', () => {
    const noMarks = phase('comments');
    expect(markChange(rulesOf(citizen, { phase: noMarks }), others, true)).toBe('none');
    expect(markChange(rulesOf(citizen, { phase: noMarks, locked: true }), own, true)).toBe('none');
    expect(markChange(rulesOf(citizen, { phase: noMarks }), own, false)).toBe('none');
    expect(markChange(rulesOf(citizen), others, true)).toBe('none');
  });

  it('leaves those who run the session free of the phase', () => {
    expect(markChange(rulesOf(facilitator, { phase: phase() }), others, true)).toBe('open');
  });
});
