import { describe, expect, it } from 'vitest';

import { PARTICIPANT_SIGNAL, sessionSignalRefetches } from './session-signal';

describe('live session signals', () => {
  it('make screens read the session again when it starts, changes or ends', () => {
    expect(sessionSignalRefetches({ type: 'session', targetType: 'session' })).toBe(true);
  });

  it('do not when someone joins or is removed, nor for other signals', () => {
    expect(sessionSignalRefetches(PARTICIPANT_SIGNAL('s1'))).toBe(false);
    expect(sessionSignalRefetches({ type: 'dots', targetType: 'round' })).toBe(false);
  });
});
