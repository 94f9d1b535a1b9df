import { describe, expect, it } from 'vitest';

import { normalizeCode } from './typed-code';

describe('a typed join code', () => {
  it('is read whatever its case, spaces or dashes', () => {
    expect(normalizeCode(' k7m-p2 x9 ')).toBe('K7MP2X9');
  });
});
