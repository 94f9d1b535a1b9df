import { describe, expect, it } from 'vitest';

import { handleRoute } from './app-error';
import { isForeignWrite } from './same-origin';

const ours = (extra: Record<string, string> = {}) => new Headers({ host: 'localhost:3000', ...extra });

describe('isForeignWrite', () => {
  it('refuses a write whose Origin is another site', () => {
    expect(isForeignWrite('DELETE', ours({ origin: 'http://evil.test' }))).toBe(true);
    expect(isForeignWrite('POST', ours({ origin: 'http://localhost:3001' }))).toBe(true);
    expect(isForeignWrite('PATCH', ours({ origin: 'null' }))).toBe(true);
  });

  it('lets our own pages write, whatever the scheme a TLS proxy stripped', () => {
    expect(isForeignWrite('POST', ours({ origin: 'http://localhost:3000' }))).toBe(false);
    expect(isForeignWrite('POST', ours({ origin: 'https://localhost:3000' }))).toBe(false);
  });

  it('behind a proxy that rewrites Host, believes the public address in AUTH_URL', () => {
    const headers = new Headers({ host: '127.0.0.1:3000', origin: 'https://plan.example.org' });
    expect(isForeignWrite('POST', headers, 'https://plan.example.org')).toBe(false);
    expect(isForeignWrite('POST', headers)).toBe(true);
  });

  it('falls back to Sec-Fetch-Site, then to Referer', () => {
    expect(isForeignWrite('POST', ours({ 'sec-fetch-site': 'cross-site' }))).toBe(true);
    expect(isForeignWrite('POST', ours({ 'sec-fetch-site': 'same-site' }))).toBe(true);
    expect(isForeignWrite('POST', ours({ 'sec-fetch-site': 'same-origin' }))).toBe(false);
    expect(isForeignWrite('POST', ours({ referer: 'http://evil.test/page' }))).toBe(true);
    expect(isForeignWrite('POST', ours({ referer: 'http://localhost:3000/p/demo' }))).toBe(false);
  });

  it('lets clients that are not browsers through, and never judges reads', () => {
    expect(isForeignWrite('POST', ours())).toBe(false);
    expect(isForeignWrite('GET', ours({ origin: 'http://evil.test' }))).toBe(false);
    expect(isForeignWrite('HEAD', ours({ origin: 'http://evil.test' }))).toBe(false);
  });
});

describe('handleRoute', () => {
  const ok = async () => Response.json({ ok: true });
  const request = (method: string, headers: Record<string, string>) => new Request('http://localhost:3000/api/me', { method, headers: { host: 'localhost:3000', ...headers } });

  it('answers a foreign write 403 foreign_origin without running the handler', async () => {
    let ran = false;
    const response = await handleRoute(request('DELETE', { origin: 'http://evil.test' }), async () => {
      ran = true;
      return ok();
    });
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe('foreign_origin');
    expect(ran).toBe(false);
  });

  it('runs our own pages’ writes and anyone’s reads', async () => {
    expect((await handleRoute(request('DELETE', { origin: 'http://localhost:3000' }), ok)).status).toBe(200);
    expect((await handleRoute(request('GET', { origin: 'http://evil.test' }), ok)).status).toBe(200);
  });
});
