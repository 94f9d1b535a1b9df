import { monitorEventLoopDelay } from 'node:perf_hooks';

import bcryptjs from 'bcryptjs';
import { describe, expect, it } from 'vitest';

import { hashPassword, TIMING_DECOY_HASH, verifyPassword } from './password';

describe('password hashing', () => {
  it('keeps the event loop free while 16 wrong passwords are checked at once', async () => {
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const results = await Promise.all(Array.from({ length: 16 }, (_, i) => verifyPassword(`wrong ${i}`, TIMING_DECOY_HASH)));
    delay.disable();
    expect(results.every((ok) => !ok)).toBe(true);
    // bcryptjs held the loop for 2.6 s here; the bound leaves room for a machine shared with other work.
    expect(delay.max / 1e6).toBeLessThan(400);
  }, 60_000);

  it('verifies hashes that bcryptjs made (the accounts and the seed from before)', async () => {
    const old = bcryptjs.hashSync('an old password', 12);
    expect(await verifyPassword('an old password', old)).toBe(true);
    expect(await verifyPassword('another password', old)).toBe(false);
  });

  it('makes cost-12 bcrypt hashes that verify', async () => {
    const made = await hashPassword('a long enough password');
    expect(made).toMatch(/^\$2b\$12\$/);
    expect(await verifyPassword('a long enough password', made)).toBe(true);
    expect(bcryptjs.compareSync('a long enough password', made)).toBe(true);
  });
});
