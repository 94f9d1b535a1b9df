// A fixed-window attempt counter kept in memory: enough for one web process. Several web
// processes would share it through the database or Redis.
export type RateLimiter = {
  /** Counts one attempt; false when the key is over its limit for the current window. */
  hit(key: string, now?: number): boolean;
  reset(key: string): void;
};

export function createRateLimiter(limit: number, windowMs: number): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    hit(key, now = Date.now()) {
      const current = windows.get(key);
      if (!current || now - current.start >= windowMs) {
        if (windows.size > 10_000) for (const [k, w] of windows) if (now - w.start >= windowMs) windows.delete(k);
        windows.set(key, { start: now, count: 1 });
        return true;
      }
      current.count += 1;
      return current.count <= limit;
    },
    reset(key) {
      windows.delete(key);
    },
  };
}
