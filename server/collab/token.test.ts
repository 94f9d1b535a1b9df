import { describe, expect, it } from 'vitest';

import { signCollabToken, verifyCollabToken } from './token';

const claims = { sub: 'user-1', name: 'Sam', role: 'citizen' as const, pid: 'process-1' };
const secret = 'test-secret-test-secret-test-secret';

describe('collab tokens', () => {
  it('round-trip their claims', async () => {
    expect(await verifyCollabToken(await signCollabToken(claims, 60, secret), secret)).toEqual(claims);
  });

  it('are refused when signed with another secret, tampered with, expired or missing', async () => {
    const token = await signCollabToken(claims, 60, secret);
    expect(await verifyCollabToken(token, 'another-secret-another-secret')).toBeNull();
    const [header, , signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, role: 'admin', exp: 9999999999 })).toString('base64url');
    expect(await verifyCollabToken(`${header}.${forged}.${signature}`, secret)).toBeNull();
    expect(await verifyCollabToken(await signCollabToken(claims, -10, secret), secret)).toBeNull();
    expect(await verifyCollabToken(undefined, secret)).toBeNull();
    expect(await verifyCollabToken('not.a.token', secret)).toBeNull();
  });
});
