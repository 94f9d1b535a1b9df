import { describe, expect, it } from 'vitest';

import { createRateLimiter } from './rate-limit';

describe('rate limiter', () => {
  it('allows up to the limit in a window, then refuses', () => {
    const limiter = createRateLimiter(3, 1000);
    expect([1, 2, 3, 4].map(() => limiter.hit('a', 0))).toEqual([true, true, true, false]);
  });

  it('counts keys apart and opens again in the next window', () => {
    const limiter = createRateLimiter(1, 1000);
    expect(limiter.hit('a', 0)).toBe(true);
    expect(limiter.hit('b', 10)).toBe(true);
    expect(limiter.hit('a', 20)).toBe(false);
    expect(limiter.hit('a', 1000)).toBe(true);
  });

  it('forgets a key on reset', () => {
    const limiter = createRateLimiter(1, 1000);
    limiter.hit('a', 0);
    limiter.reset('a');
    expect(limiter.hit('a', 1)).toBe(true);
  });
});

describe('exhausted', () => {
  it('reports a used-up key without counting', () => {
    const limiter = createRateLimiter(2, 1000);
    expect(limiter.exhausted('a', 0)).toBe(false);
    limiter.hit('a', 0);
    expect(limiter.exhausted('a', 1)).toBe(false);
    limiter.hit('a', 2);
    expect(limiter.exhausted('a', 3)).toBe(true);
    expect(limiter.exhausted('a', 1000)).toBe(false);
  });
});
