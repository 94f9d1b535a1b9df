import { describe, expect, it } from 'vitest';

import { presenceIntervalMs } from './presence-interval';

describe('presenceIntervalMs', () => {
  it('means no cursors at 0 Hz', () => {
    expect(presenceIntervalMs(0)).toBeNull();
  });

  it('spaces cursor moves evenly', () => {
    expect(presenceIntervalMs(2)).toBe(500);
    expect(presenceIntervalMs(0.5)).toBe(2000);
  });

  it('refuses what is not a rate', () => {
    expect(() => presenceIntervalMs(Number.NaN)).toThrow(/presence-hz/);
    expect(() => presenceIntervalMs(-1)).toThrow(/presence-hz/);
  });
});
