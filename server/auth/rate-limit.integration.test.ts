// Two web processes count against one window: the limiter's Redis form, on a real redis-server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startRedis, type RunningRedis } from '@/server/signals/testing/redis-server';

import { createRedisRateLimiter } from './rate-limit';

let redis: RunningRedis;

beforeAll(async () => {
  redis = await startRedis();
});

afterAll(async () => {
  const { sharedRedis } = await import('@/server/signals/redis-connection');
  await (await sharedRedis(redis.url)).close();
  await redis.stop();
});

describe('rate limits shared through Redis', () => {
  it('counts hits from every process in one window, and opens again when it ends', async () => {
    // Two limiters with the same name stand for the same limit in two web processes.
    const first = createRedisRateLimiter(redis.url, 'writes', 3, 300);
    const second = createRedisRateLimiter(redis.url, 'writes', 3, 300);
    const results = await Promise.all([first.hit('sam'), second.hit('sam'), first.hit('sam'), second.hit('sam')]);
    expect(results.filter(Boolean)).toHaveLength(3);
    expect(await second.exhausted('sam')).toBe(true);
    expect(await first.hit('kim')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(await second.hit('sam')).toBe(true);
    await first.reset('sam');
    expect(await second.exhausted('sam')).toBe(false);
  });
});
