// Fixed-window counters: in this process's memory (enough for one web process), or in Redis when
// REDIS_URL is set, so every web process counts against the same window.
import { redisUrl, sharedRedis } from '@/server/signals/redis-connection';
import { log } from '@/server/log/log';

export type RateLimiter = {
  /** Counts one event; false when the key has gone over its limit in the current window. */
  hit(key: string, now?: number): Promise<boolean>;
  /** True when the key has used up its limit in the current window (counts nothing). */
  exhausted(key: string, now?: number): Promise<boolean>;
  reset(key: string): Promise<void>;
};

/** `name` keeps one limiter's keys apart from another's in Redis. */
export function createRateLimiter(name: string, limit: number, windowMs: number): RateLimiter {
  const url = redisUrl();
  return url ? createRedisRateLimiter(url, name, limit, windowMs) : createMemoryRateLimiter(limit, windowMs);
}

export function createMemoryRateLimiter(limit: number, windowMs: number): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  const current = (key: string, now: number) => {
    const window = windows.get(key);
    return window && now - window.start < windowMs ? window : null;
  };
  return {
    async hit(key, now = Date.now()) {
      const window = current(key, now);
      if (window) {
        window.count += 1;
        return window.count <= limit;
      }
      if (windows.size > 10_000) for (const [k, w] of windows) if (now - w.start >= windowMs) windows.delete(k);
      windows.set(key, { start: now, count: 1 });
      return true;
    },
    async exhausted(key, now = Date.now()) {
      return (current(key, now)?.count ?? 0) >= limit;
    },
    async reset(key) {
      windows.delete(key);
    },
  };
}

// One round trip, atomic: the first hit of a window starts its expiry.
const HIT = "local n = redis.call('INCR', KEYS[1]) if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end return n";

export function createRedisRateLimiter(url: string, name: string, limit: number, windowMs: number): RateLimiter {
  const keyOf = (key: string) => `civictwin:limit:${name}:${key}`;
  // A Redis outage must not stop every write: the limit is not applied until it is back.
  const orOpen = async <T>(work: () => Promise<T>, open: T): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      log.error('rate limit: redis unavailable', { limit: name, error });
      return open;
    }
  };
  return {
    hit: (key) => orOpen(async () => Number(await (await sharedRedis(url)).sendCommand(['EVAL', HIT, '1', keyOf(key), String(windowMs)])) <= limit, true),
    exhausted: (key) => orOpen(async () => Number((await (await sharedRedis(url)).get(keyOf(key))) ?? 0) >= limit, false),
    reset: (key) => orOpen(async () => void (await (await sharedRedis(url)).del(keyOf(key))), undefined),
  };
}
