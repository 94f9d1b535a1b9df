import { CredentialsSignin } from '@auth/core/errors';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { log } from '@/server/log/log';

import { logAuthError } from './auth-log';

// As server/auth/auth.ts throws them: subclasses with their own name and code.
class InvalidCredentials extends CredentialsSignin {
  code = 'invalid';
}

afterEach(() => vi.restoreAllMocks());

describe('the sign-in log', () => {
  it('writes a wrong password as one line without a stack', () => {
    const warn = vi.spyOn(log, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(log, 'error').mockImplementation(() => {});
    logAuthError(new InvalidCredentials());
    expect(error).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledExactlyOnceWith('sign-in refused', { code: 'invalid' });
  });

  it('still reports a real failure in full', () => {
    const error = vi.spyOn(log, 'error').mockImplementation(() => {});
    const failure = new Error('database is locked');
    logAuthError(failure);
    expect(error).toHaveBeenCalledWith('sign-in failed', { error: failure });
  });
});
