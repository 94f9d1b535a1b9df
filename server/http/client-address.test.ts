import { describe, expect, it } from 'vitest';

import { CLIENT_ADDRESS_HEADER, clientAddress, createAddressStamper, parseTrustedProxies, rateLimitKey, resolveClientAddress } from './client-address';

const rotated = (i: number) => `${(i * 7) % 256}.${(i * 13) % 256}.${i % 256}.1`;

describe('the client address for rate limits', () => {
  it('is the socket address whatever X-Forwarded-For says, when no proxy is trusted', () => {
    const none = parseTrustedProxies(undefined);
    const seen = new Set(Array.from({ length: 50 }, (_, i) => resolveClientAddress('203.0.113.66', `${rotated(i)}, ${rotated(i + 1)}`, none)));
    expect([...seen]).toEqual(['203.0.113.66']);
  });

  it('behind a trusted proxy, is the first untrusted hop from the right, so a rotated left part changes nothing', () => {
    const trusted = parseTrustedProxies('10.0.0.0/8, 192.0.2.1');
    const seen = new Set(Array.from({ length: 50 }, (_, i) => resolveClientAddress('10.1.2.3', `${rotated(i)}, 198.51.100.9, 192.0.2.1`, trusted)));
    expect([...seen]).toEqual(['198.51.100.9']);
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    const trusted = parseTrustedProxies('10.0.0.0/8');
    expect(resolveClientAddress('203.0.113.66', '198.51.100.9', trusted)).toBe('203.0.113.66');
  });

  it('stops at a malformed hop and falls back to the last trusted one', () => {
    const trusted = parseTrustedProxies('10.0.0.0/8');
    expect(resolveClientAddress('10.0.0.1', 'not-an-address', trusted)).toBe('10.0.0.1');
    expect(resolveClientAddress('10.0.0.1', '', trusted)).toBe('10.0.0.1');
  });

  it('reads IPv4 on a dual-stack socket and IPv6 ranges', () => {
    const trusted = parseTrustedProxies('::1 fd00::/8');
    expect(resolveClientAddress('::ffff:127.0.0.1', undefined, trusted)).toBe('127.0.0.1');
    expect(resolveClientAddress('::1', '2001:db8::5', trusted)).toBe('2001:db8::5');
    expect(resolveClientAddress('fd12::1', ['2001:db8::7', 'fd00::2'], trusted)).toBe('2001:db8::7');
  });

  it('refuses a TRUSTED_PROXY it cannot read rather than trusting everyone', () => {
    expect(() => parseTrustedProxies('everyone')).toThrow(/TRUSTED_PROXY/);
  });

  it('once our web server stamps requests, is what it stamped, not what the client sent', () => {
    const stamp = createAddressStamper(parseTrustedProxies(undefined));
    const node = { socket: { remoteAddress: '::ffff:203.0.113.66' }, headers: { 'x-forwarded-for': '1.2.3.4', [CLIENT_ADDRESS_HEADER]: '5.6.7.8' } as Record<string, string> };
    stamp(node);
    expect(clientAddress(new Request('http://localhost/', { headers: node.headers }))).toBe('203.0.113.66');
  });

  it('counts an IPv6 client by its /64, so rotating through its own addresses gains nothing', () => {
    expect(rateLimitKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(rateLimitKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(rateLimitKey('2001:0db8:0001:0002:0:0:0:ffff')).toBe('2001:db8:1:2::/64');
    expect(rateLimitKey('2001:db8::5')).toBe('2001:db8:0:0::/64');
    expect(rateLimitKey('::1')).toBe('0:0:0:0::/64');
    expect(rateLimitKey('64:ff9b::192.0.2.33')).toBe('64:ff9b:0:0::/64');
    expect(rateLimitKey('203.0.113.66')).toBe('203.0.113.66');
  });
});
