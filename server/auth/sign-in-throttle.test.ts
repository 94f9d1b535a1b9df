import { describe, expect, it } from 'vitest';

import { createSignInThrottle, DEFAULT_THROTTLE_POLICY, type Attempt, type Refusal } from './sign-in-throttle';

function setup() {
  let now = 1_000_000;
  const throttle = createSignInThrottle(DEFAULT_THROTTLE_POLICY, () => now);
  const advance = (ms: number) => (now += ms);
  /** Tries and fails; returns the refusal when refused. */
  const fail = (address: string, account: string) => {
    const attempt = throttle.begin(address, account);
    if (attempt.ok) attempt.failed();
    return attempt;
  };
  return { throttle, advance, fail };
}

const refusal = (result: Attempt | Refusal) => (result.ok ? null : result);

describe('sign-in throttle (the real defaults)', () => {
  it('lets five wrong passwords through from one address, then makes each further one wait longer', () => {
    const { advance, fail } = setup();
    for (let i = 0; i < 5; i += 1) expect(fail('198.51.100.1', 'owner@example.org').ok).toBe(true);
    expect(refusal(fail('198.51.100.1', 'owner@example.org'))?.retryAfterMs).toBe(30_000);
    advance(30_000);
    expect(fail('198.51.100.1', 'owner@example.org').ok).toBe(true);
    expect(refusal(fail('198.51.100.1', 'owner@example.org'))?.retryAfterMs).toBe(60_000);
    advance(60_000);
    expect(fail('198.51.100.1', 'owner@example.org').ok).toBe(true);
    expect(refusal(fail('198.51.100.1', 'owner@example.org'))?.retryAfterMs).toBe(120_000);
  });

  it('never waits more than 15 minutes between tries, so nobody is locked out for good', () => {
    const { advance, fail } = setup();
    for (let i = 0; i < 40; i += 1) {
      const result = fail('198.51.100.1', 'owner@example.org');
      if (!result.ok) {
        expect(result.retryAfterMs).toBeLessThanOrEqual(15 * 60_000);
        advance(result.retryAfterMs);
      }
    }
    advance(15 * 60_000);
    expect(fail('198.51.100.1', 'owner@example.org').ok).toBe(true);
  });

  it('a stranger hammering an account does not stop its owner signing in from elsewhere', () => {
    const { throttle, advance, fail } = setup();
    for (let i = 0; i < 1000; i += 1) {
      fail('203.0.113.66', 'owner@example.org');
      advance(100);
    }
    const owner = throttle.begin('198.51.100.7', 'owner@example.org');
    expect(owner.ok).toBe(true);
  });

  it('strangers guessing one account from many addresses are slowed to one guess every two seconds, and the owner still gets in', () => {
    const { throttle, advance, fail } = setup();
    // Each fresh address gets its first guess (it could be the owner's); after that they share the spacing.
    for (let i = 0; i < 250; i += 1) fail(`203.0.113.${i}`, 'owner@example.org');
    let allowed = 0;
    for (let i = 0; i < 1000; i += 1) {
      if (fail(`203.0.113.${i % 250}`, 'owner@example.org').ok) allowed += 1;
      advance(100);
    }
    expect(allowed).toBeLessThanOrEqual(100 / 2 + 1);
    expect(allowed).toBeGreaterThan(0);
    expect(throttle.begin('198.51.100.7', 'owner@example.org').ok).toBe(true);
  });

  it('one address trying many accounts is stopped after 100 failures, and no one else is', () => {
    const { throttle, fail } = setup();
    for (let i = 0; i < 100; i += 1) expect(fail('203.0.113.66', `person-${i}@example.org`).ok).toBe(true);
    expect(refusal(throttle.begin('203.0.113.66', 'someone-else@example.org'))?.retryAfterMs).toBeGreaterThan(0);
    expect(throttle.begin('198.51.100.7', 'someone-else@example.org').ok).toBe(true);
  });

  it('counts parallel guesses before their answers are known', () => {
    const { throttle } = setup();
    const attempts = Array.from({ length: 20 }, () => throttle.begin('203.0.113.66', 'owner@example.org'));
    expect(attempts.filter((a) => a.ok)).toHaveLength(5);
  });

  it('a success clears the wait for that address and account, and an abandoned try is not a failure', () => {
    const { throttle, fail } = setup();
    for (let i = 0; i < 4; i += 1) fail('198.51.100.7', 'owner@example.org');
    const abandoned = throttle.begin('198.51.100.7', 'owner@example.org');
    if (abandoned.ok) abandoned.abandoned();
    const success = throttle.begin('198.51.100.7', 'owner@example.org');
    expect(success.ok).toBe(true);
    if (success.ok) success.succeeded();
    for (let i = 0; i < 5; i += 1) expect(fail('198.51.100.7', 'owner@example.org').ok).toBe(true);
  });
});
