import { describe, expect, it } from 'vitest';

import { PARTICIPANT_SIGNAL, PHASE_SIGNAL, sessionSignalRefetches, withSignalledPhase } from './session-signal';

describe('live session signals', () => {
  it('make screens read the session again when it starts, changes or ends', () => {
    expect(sessionSignalRefetches({ type: 'session', targetType: 'session' })).toBe(true);
  });

  it('do not when someone joins or is removed, nor for other signals', () => {
    expect(sessionSignalRefetches(PARTICIPANT_SIGNAL('s1'))).toBe(false);
    expect(sessionSignalRefetches({ type: 'dots', targetType: 'round' })).toBe(false);
  });

  it('carry a phase switch, which no screen reads the session again for: it is applied in place', () => {
    const signal = PHASE_SIGNAL('s1', 'vote');
    expect(sessionSignalRefetches(signal)).toBe(false);
    const held = { id: 's1', title: 'Walk', currentPhase: 'explore' };
    expect(withSignalledPhase(held, signal)).toEqual({ id: 's1', title: 'Walk', currentPhase: 'vote' });
    expect(withSignalledPhase({ ...held, id: 's2' }, signal)).toEqual({ ...held, id: 's2' });
    expect(withSignalledPhase(held, PARTICIPANT_SIGNAL('s1'))).toBe(held);
    expect(withSignalledPhase(null, signal)).toBeNull();
  });
});
