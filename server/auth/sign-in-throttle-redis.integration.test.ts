// Two web processes, one throttle: the Redis form of the sign-in throttle on a real redis-server,
// with the real policy and a clock the test moves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startRedis, type RunningRedis } from '@/server/signals/testing/redis-server';

import { DEFAULT_THROTTLE_POLICY, type Attempt, type Refusal, type SignInThrottle } from './sign-in-throttle';
import { createRedisSignInThrottle } from './sign-in-throttle-redis';

let redis: RunningRedis;
let now = 1_000_000;
let web: SignInThrottle[];

beforeAll(async () => {
  redis = await startRedis();
  web = [0, 1].map(() => createRedisSignInThrottle(redis.url, DEFAULT_THROTTLE_POLICY, () => now));
});

afterAll(async () => {
  const { sharedRedis } = await import('@/server/signals/redis-connection');
  await (await sharedRedis(redis.url)).close();
  await redis.stop();
});

/** Tries and fails on one web process or the other; answers the refusal's wait, or 0 when let through. */
async function fail(process: number, address: string, account: string): Promise<number> {
  const attempt: Attempt | Refusal = await web[process % 2].begin(address, account);
  if (!attempt.ok) return attempt.retryAfterMs;
  attempt.failed();
  return 0;
}

describe('sign-in throttle shared through Redis', () => {
  it('counts wrong passwords on every web process: five free, then each further one waits twice as long', async () => {
    for (let i = 0; i < 5; i += 1) expect(await fail(i, '198.51.100.1', 'owner@example.org')).toBe(0);
    expect(await fail(1, '198.51.100.1', 'owner@example.org')).toBe(30_000);
    now += 30_000;
    expect(await fail(0, '198.51.100.1', 'owner@example.org')).toBe(0);
    expect(await fail(1, '198.51.100.1', 'owner@example.org')).toBe(60_000);
    // The owner, from elsewhere, still gets in, and a success forgets that pair's failures.
    const owner = await web[1].begin('198.51.100.7', 'owner@example.org');
    expect(owner.ok).toBe(true);
    if (owner.ok) owner.succeeded();
  });

  it('slows strangers guessing one account from many addresses to one guess every two seconds, and the owner still gets in', async () => {
    for (let i = 0; i < 250; i += 1) await fail(i, `203.0.113.${i}`, 'target@example.org');
    let allowed = 0;
    for (let i = 0; i < 300; i += 1) {
      if ((await fail(i, `203.0.113.${i % 250}`, 'target@example.org')) === 0) allowed += 1;
      now += 100;
    }
    expect(allowed).toBeLessThanOrEqual(30 / 2 + 1);
    expect(allowed).toBeGreaterThan(0);
    expect((await web[0].begin('198.51.100.8', 'target@example.org')).ok).toBe(true);
  });

  it('counts guesses in flight on both processes, so parallel guesses cannot slip through', async () => {
    const attempts = await Promise.all(Array.from({ length: 8 }, (_, i) => web[i % 2].begin('203.0.113.9', 'parallel@example.org')));
    expect(attempts.filter((attempt) => attempt.ok)).toHaveLength(5);
    for (const attempt of attempts) if (attempt.ok) attempt.abandoned();
  });
});
