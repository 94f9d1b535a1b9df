import { describe, expect, it } from 'vitest';

import { linkAddress } from './link-address';

describe('a link address as typed', () => {
  it('completes a bare site or mail address and keeps full ones', () => {
    expect(linkAddress(' city.example/plan ')).toBe('https://city.example/plan');
    expect(linkAddress('plan@city.example')).toBe('mailto:plan@city.example');
    expect(linkAddress('http://city.example')).toBe('http://city.example');
    expect(linkAddress('')).toBe('');
  });

  it('refuses what the sanitiser would drop', () => {
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'https://', 'https:///evil', 'two words.example']) expect(linkAddress(bad), bad).toBeNull();
  });
});
