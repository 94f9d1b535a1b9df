// How fast anyone may guess passwords, in one place. Three counters, none of which lets a stranger
// shut the owner out:
// - per (address, account): a few free failures, then a wait that doubles after each one (capped);
// - per address: a generous cap on failures (one address trying many accounts);
// - per account: once it draws many failures from anywhere, addresses that recently failed share
//   one attempt per `accountSpacingMs` on it. It slows, never locks, and an address with no recent
//   failure is never held back by it, so the owner at home signs in while a botnet guesses.
// An attempt counts as a failure from the moment it starts, so parallel guesses cannot slip through.
// Kept in memory here: enough for one web process; sign-in-throttle-redis.ts keeps the same counters in
// Redis for several.

export type ThrottlePolicy = {
  pairFreeFailures: number;
  pairBackoffBaseMs: number;
  pairBackoffMaxMs: number;
  pairMemoryMs: number;
  addressMaxFailures: number;
  accountAttackFailures: number;
  accountSpacingMs: number;
  windowMs: number;
};

export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
  pairFreeFailures: 5,
  pairBackoffBaseMs: 30_000,
  pairBackoffMaxMs: 15 * 60_000,
  pairMemoryMs: 60 * 60_000,
  addressMaxFailures: 100,
  accountAttackFailures: 20,
  accountSpacingMs: 2000,
  windowMs: 15 * 60_000,
};

export type Attempt = { ok: true; failed(): void; succeeded(): void; abandoned(): void };
export type Refusal = { ok: false; retryAfterMs: number };

type Pair = { failures: number; pending: number; lastFailureAt: number };
// A leaky bucket: `level` failures, draining at `max` per window.
type Bucket = { level: number; at: number; pending: number; lastFailureAt: number; lastSlowedAt: number };

export function createSignInThrottle(policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY, clock: () => number = Date.now) {
  const pairs = new Map<string, Pair>();
  const addresses = new Map<string, Bucket>();
  const accounts = new Map<string, Bucket>();

  const drained = (bucket: Bucket, max: number, now: number) => {
    bucket.level = Math.max(0, bucket.level - ((now - bucket.at) * max) / policy.windowMs);
    bucket.at = now;
    return bucket;
  };
  const bucketOf = (map: Map<string, Bucket>, key: string, max: number, now: number) => {
    const existing = map.get(key);
    if (existing) return drained(existing, max, now);
    prune(map, (b) => b.pending === 0 && drained(b, max, now).level === 0 && now - b.lastFailureAt > policy.windowMs);
    const bucket = { level: 0, at: now, pending: 0, lastFailureAt: -Infinity, lastSlowedAt: -Infinity };
    map.set(key, bucket);
    return bucket;
  };
  const pairOf = (key: string, now: number) => {
    const existing = pairs.get(key);
    if (existing && (existing.pending > 0 || now - existing.lastFailureAt <= policy.pairMemoryMs)) return existing;
    prune(pairs, (p) => p.pending === 0 && now - p.lastFailureAt > policy.pairMemoryMs);
    const pair = { failures: 0, pending: 0, lastFailureAt: -Infinity };
    pairs.set(key, pair);
    return pair;
  };
  const backoff = (failures: number) =>
    failures < policy.pairFreeFailures ? 0 : Math.min(policy.pairBackoffMaxMs, policy.pairBackoffBaseMs * 2 ** (failures - policy.pairFreeFailures));

  return {
    /** Asks to try a password for `account` from `address`; the answer must be reported back. */
    begin(address: string, account: string): Attempt | Refusal {
      const now = clock();
      const pair = pairOf(`${address}\n${account}`, now);
      const place = bucketOf(addresses, address, policy.addressMaxFailures, now);
      const target = bucketOf(accounts, account, policy.accountAttackFailures, now);

      const counted = pair.failures + pair.pending;
      if (counted >= policy.pairFreeFailures) {
        const wait = pair.pending > 0 ? policy.pairBackoffBaseMs : pair.lastFailureAt + backoff(pair.failures) - now;
        if (wait > 0) return { ok: false, retryAfterMs: wait };
      }
      if (place.level + place.pending >= policy.addressMaxFailures) {
        return { ok: false, retryAfterMs: Math.ceil(((place.level + place.pending - policy.addressMaxFailures + 1) * policy.windowMs) / policy.addressMaxFailures) };
      }
      const suspect = place.pending > 0 || now - place.lastFailureAt <= policy.windowMs;
      if (suspect && target.level + target.pending >= policy.accountAttackFailures) {
        const wait = target.lastSlowedAt + policy.accountSpacingMs - now;
        if (wait > 0) return { ok: false, retryAfterMs: wait };
        target.lastSlowedAt = now;
      }

      pair.pending += 1;
      place.pending += 1;
      target.pending += 1;
      let settled = false;
      const settle = (outcome: 'failed' | 'succeeded' | 'abandoned') => {
        if (settled) return;
        settled = true;
        pair.pending -= 1;
        place.pending -= 1;
        target.pending -= 1;
        const at = clock();
        if (outcome === 'failed') {
          pair.failures += 1;
          pair.lastFailureAt = at;
          for (const bucket of [drained(place, policy.addressMaxFailures, at), drained(target, policy.accountAttackFailures, at)]) {
            bucket.level += 1;
            bucket.lastFailureAt = at;
          }
        }
        if (outcome === 'succeeded') pairs.delete(`${address}\n${account}`);
      };
      return { ok: true, failed: () => settle('failed'), succeeded: () => settle('succeeded'), abandoned: () => settle('abandoned') };
    },
  };
}

/** This process's throttle answers at once; the one shared through Redis (sign-in-throttle-redis.ts) after a round trip. */
export type SignInThrottle = { begin(address: string, account: string): Attempt | Refusal | Promise<Attempt | Refusal> };

function prune<T>(map: Map<string, T>, stale: (value: T) => boolean) {
  if (map.size < 10_000) return;
  for (const [key, value] of map) if (stale(value)) map.delete(key);
}
