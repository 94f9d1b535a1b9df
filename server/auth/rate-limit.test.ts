import { describe, expect, it } from 'vitest';

import { createMemoryRateLimiter } from './rate-limit';

const hits = async (limiter: ReturnType<typeof createMemoryRateLimiter>, key: string, times: number, now = 0) => {
  const results: boolean[] = [];
  for (let i = 0; i < times; i += 1) results.push(await limiter.hit(key, now));
  return results;
};

describe('rate limiter', () => {
  it('allows up to the limit in a window, then refuses', async () => {
    const limiter = createMemoryRateLimiter(3, 1000);
    expect(await hits(limiter, 'a', 4)).toEqual([true, true, true, false]);
  });

  it('counts keys apart and opens again in the next window', async () => {
    const limiter = createMemoryRateLimiter(1, 1000);
    expect(await limiter.hit('a', 0)).toBe(true);
    expect(await limiter.hit('b', 10)).toBe(true);
    expect(await limiter.hit('a', 20)).toBe(false);
    expect(await limiter.hit('a', 1000)).toBe(true);
  });

  it('forgets a key on reset', async () => {
    const limiter = createMemoryRateLimiter(1, 1000);
    await limiter.hit('a', 0);
    await limiter.reset('a');
    expect(await limiter.hit('a', 1)).toBe(true);
  });
});

describe('exhausted', () => {
  it('reports a used-up key without counting', async () => {
    const limiter = createMemoryRateLimiter(2, 1000);
    expect(await limiter.exhausted('a', 0)).toBe(false);
    await limiter.hit('a', 0);
    expect(await limiter.exhausted('a', 1)).toBe(false);
    await limiter.hit('a', 2);
    expect(await limiter.exhausted('a', 3)).toBe(true);
    expect(await limiter.exhausted('a', 1000)).toBe(false);
  });
});
