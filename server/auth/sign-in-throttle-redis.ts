// The sign-in throttle's rules (sign-in-throttle.ts) with its counters in Redis, so every web process
// counts one guess the same. Each step is one Lua script: judged and counted atomically, so parallel
// guesses on several processes cannot slip through. Redis unreachable: this process's own throttle.
import { sharedRedis } from '@/server/signals/redis-connection';

import { createSignInThrottle, DEFAULT_THROTTLE_POLICY, type Attempt, type Refusal, type SignInThrottle, type ThrottlePolicy } from './sign-in-throttle';
import { log } from '@/server/log/log';

const COMMON = `
local now = tonumber(ARGV[1])
local pairFree, base, maxWait, pairMemory = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local addressMax, accountAttack, spacing, window = tonumber(ARGV[6]), tonumber(ARGV[7]), tonumber(ARGV[8]), tonumber(ARGV[9])
local NEVER = -1e15
local function num(key, field, default)
  local value = redis.call('HGET', key, field)
  if value then return tonumber(value) end
  return default
end
local function drained(key, max)
  local level = num(key, 'level', 0)
  return math.max(0, level - ((now - num(key, 'at', now)) * max) / window)
end
`;

const BEGIN = `${COMMON}
local failures, pending, lastFailure = num(KEYS[1], 'failures', 0), num(KEYS[1], 'pending', 0), num(KEYS[1], 'lastFailureAt', NEVER)
if pending <= 0 and now - lastFailure > pairMemory then failures, pending, lastFailure = 0, 0, NEVER end
local placeLevel, placePending, placeFailure = drained(KEYS[2], addressMax), num(KEYS[2], 'pending', 0), num(KEYS[2], 'lastFailureAt', NEVER)
local targetLevel, targetPending, slowedAt = drained(KEYS[3], accountAttack), num(KEYS[3], 'pending', 0), num(KEYS[3], 'lastSlowedAt', NEVER)
if failures + pending >= pairFree then
  local wait = base
  if pending <= 0 then wait = lastFailure + math.min(maxWait, base * 2 ^ (failures - pairFree)) - now end
  if wait > 0 then return {0, math.ceil(wait)} end
end
if placeLevel + placePending >= addressMax then
  return {0, math.ceil(((placeLevel + placePending - addressMax + 1) * window) / addressMax)}
end
local suspect = placePending > 0 or now - placeFailure <= window
if suspect and targetLevel + targetPending >= accountAttack then
  local wait = slowedAt + spacing - now
  if wait > 0 then return {0, math.ceil(wait)} end
  slowedAt = now
end
redis.call('HSET', KEYS[1], 'failures', failures, 'pending', pending + 1, 'lastFailureAt', lastFailure)
redis.call('HSET', KEYS[2], 'level', placeLevel, 'at', now, 'pending', placePending + 1)
redis.call('HSET', KEYS[3], 'level', targetLevel, 'at', now, 'pending', targetPending + 1, 'lastSlowedAt', slowedAt)
redis.call('PEXPIRE', KEYS[1], pairMemory + maxWait)
redis.call('PEXPIRE', KEYS[2], 2 * window)
redis.call('PEXPIRE', KEYS[3], 2 * window)
return {1, 0}
`;

const SETTLE = `${COMMON}
local outcome = ARGV[10]
for i, key in ipairs(KEYS) do redis.call('HSET', key, 'pending', math.max(0, num(key, 'pending', 1) - 1)) end
if outcome == 'failed' then
  redis.call('HSET', KEYS[1], 'failures', num(KEYS[1], 'failures', 0) + 1, 'lastFailureAt', now)
  redis.call('HSET', KEYS[2], 'level', drained(KEYS[2], addressMax) + 1, 'at', now, 'lastFailureAt', now)
  redis.call('HSET', KEYS[3], 'level', drained(KEYS[3], accountAttack) + 1, 'at', now, 'lastFailureAt', now)
elseif outcome == 'succeeded' then
  redis.call('DEL', KEYS[1])
end
return 1
`;

type Outcome = 'failed' | 'succeeded' | 'abandoned';

export function createRedisSignInThrottle(url: string, policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY, clock: () => number = Date.now): SignInThrottle {
  const fallback = createSignInThrottle(policy, clock);
  const limits = [policy.pairFreeFailures, policy.pairBackoffBaseMs, policy.pairBackoffMaxMs, policy.pairMemoryMs, policy.addressMaxFailures, policy.accountAttackFailures, policy.accountSpacingMs, policy.windowMs].map(String);
  const run = async (script: string, keys: string[], extra: string[] = []) => (await sharedRedis(url)).sendCommand(['EVAL', script, String(keys.length), ...keys, String(clock()), ...limits, ...extra]);

  return {
    async begin(address: string, account: string): Promise<Attempt | Refusal> {
      const keys = [`civictwin:sign-in:pair:${address}\n${account}`, `civictwin:sign-in:address:${address}`, `civictwin:sign-in:account:${account}`];
      let answer: number[];
      try {
        answer = (await run(BEGIN, keys)) as unknown as number[];
      } catch (error) {
        log.error('sign-in throttle: redis unavailable, counting in this process', { error });
        return fallback.begin(address, account);
      }
      if (Number(answer[0]) !== 1) return { ok: false, retryAfterMs: Number(answer[1]) };
      let settled = false;
      const settle = (outcome: Outcome) => {
        if (settled) return;
        settled = true;
        // Sent on the same connection as the next attempt's script, so it runs first.
        void run(SETTLE, keys, [outcome]).catch((error) => log.error('sign-in throttle: could not record an attempt', { error }));
      };
      return { ok: true, failed: () => settle('failed'), succeeded: () => settle('succeeded'), abandoned: () => settle('abandoned') };
    },
  };
}
