import { describe, expect, it } from 'vitest';

import { CLOSE_FORBIDDEN, CLOSE_GONE, CLOSE_INVALID, CLOSE_TOO_FAST, CLOSE_TRY_AGAIN, CLOSE_UNAUTHENTICATED, closeKind, goneReason } from './close-codes';

describe('close codes', () => {
  it('tells a refused change, an expired token, an ending for good and a passing trouble apart', () => {
    expect(closeKind(CLOSE_INVALID)).toBe('refused');
    expect(closeKind(CLOSE_FORBIDDEN)).toBe('refused');
    expect(closeKind(CLOSE_TOO_FAST)).toBe('tooFast');
    expect(closeKind(CLOSE_UNAUTHENTICATED)).toBe('token');
    expect(closeKind(CLOSE_GONE)).toBe('gone');
    expect(closeKind(4404)).toBe('gone');
    expect(closeKind(CLOSE_TRY_AGAIN)).toBe('transient');
    expect(closeKind(1006)).toBe('transient');
  });

  it('reads why a connection ended from its reason', () => {
    expect(goneReason('blocked: your participation has been paused')).toBe('blocked');
    expect(goneReason('account_deleted: this account was deleted')).toBe('account_deleted');
    expect(goneReason('something else')).toBe('no_access');
  });
});
