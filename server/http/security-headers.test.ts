import { describe, expect, it } from 'vitest';

import { originOfTileAddress } from './map-service-origins';
import { contentSecurityPolicy, servedOverHttps } from './security-headers';

const directive = (policy: string, name: string) => policy.split('; ').find((part) => part.startsWith(`${name} `))?.split(' ').slice(1) ?? [];

describe('the page’s Content-Security-Policy', () => {
  const policy = contentSecurityPolicy({ nonce: 'abc123', collabUrl: 'ws://localhost:1234', mapOrigins: ['https://tiles.example.test'], https: false, development: false });

  it('runs only scripts carrying the nonce, and never eval in production', () => {
    expect(directive(policy, 'script-src')).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(policy).not.toContain('unsafe-eval');
  });

  it('connects only to us, the collab server and the registered map services', () => {
    expect(directive(policy, 'connect-src')).toEqual(["'self'", 'ws://localhost:1234', 'https://tiles.example.test']);
    expect(directive(policy, 'img-src')).toContain('https://tiles.example.test');
    expect(directive(policy, 'frame-ancestors')).toEqual(["'none'"]);
    expect(directive(policy, 'object-src')).toEqual(["'none'"]);
  });

  it('asks for HTTPS subresources only when served over HTTPS', () => {
    expect(policy).not.toContain('upgrade-insecure-requests');
    expect(contentSecurityPolicy({ nonce: 'n', collabUrl: 'wss://x', mapOrigins: [], https: true, development: false })).toContain('upgrade-insecure-requests');
  });
});

describe('originOfTileAddress', () => {
  it('finds the origin behind templates and pmtiles:// addresses', () => {
    expect(originOfTileAddress('https://tiles.example.test/{z}/{x}/{y}.png')).toBe('https://tiles.example.test');
    expect(originOfTileAddress('pmtiles://https://data.example.test:8443/city.pmtiles')).toBe('https://data.example.test:8443');
    expect(originOfTileAddress('https://wms.example.test/ows?SERVICE=WMS&BBOX={bbox-epsg-3857}')).toBe('https://wms.example.test');
    expect(originOfTileAddress('/api/layers/x/tiles/{z}/{x}/{y}')).toBeNull();
  });
});

describe('servedOverHttps', () => {
  it('believes the public address, the request or the proxy in front', () => {
    expect(servedOverHttps(new Request('http://localhost/'), 'https://plan.example.org')).toBe(true);
    expect(servedOverHttps(new Request('http://localhost/', { headers: { 'x-forwarded-proto': 'https' } }), undefined)).toBe(true);
    expect(servedOverHttps(new Request('http://localhost/'), undefined)).toBe(false);
  });
});
