// A fixed-window counter kept in memory: enough for one web process. Several web processes
// would share it through the database or Redis.
export type RateLimiter = {
  /** Counts one event; false when the key has gone over its limit in the current window. */
  hit(key: string, now?: number): boolean;
  /** True when the key has used up its limit in the current window (counts nothing). */
  exhausted(key: string, now?: number): boolean;
  reset(key: string): void;
};

export function createRateLimiter(limit: number, windowMs: number): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  const current = (key: string, now: number) => {
    const window = windows.get(key);
    return window && now - window.start < windowMs ? window : null;
  };
  return {
    hit(key, now = Date.now()) {
      const window = current(key, now);
      if (window) {
        window.count += 1;
        return window.count <= limit;
      }
      if (windows.size > 10_000) for (const [k, w] of windows) if (now - w.start >= windowMs) windows.delete(k);
      windows.set(key, { start: now, count: 1 });
      return true;
    },
    exhausted(key, now = Date.now()) {
      return (current(key, now)?.count ?? 0) >= limit;
    },
    reset(key) {
      windows.delete(key);
    },
  };
}
