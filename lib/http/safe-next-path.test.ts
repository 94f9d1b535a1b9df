import { describe, expect, it } from 'vitest';

import { safeNextPath } from './safe-next-path';

const ORIGIN = 'http://localhost:3000';

// Each of these, followed by a browser after signing in, would leave the site (or run script).
const HOSTILE = [
  null,
  undefined,
  42,
  '',
  'evil.test',
  '//evil.test',
  '///evil.test',
  '/\t/evil.test',
  '/\n/evil.test',
  '/\r/evil.test',
  '\t//evil.test',
  ' //evil.test',
  '/\\evil.test',
  '/\\\\evil.test',
  '\\\\evil.test',
  '\\/evil.test',
  '/\u0000/evil.test',
  'http://evil.test/',
  'https://evil.test/p/demo',
  'HTTP://evil.test',
  `${ORIGIN}.evil.test/`,
  `${ORIGIN}@evil.test/`,
  'javascript:alert(1)',
  'JavaScript:alert(document.cookie)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'mailto:someone@evil.test',
  decodeURIComponent('%2F%09%2Fevil.test'),
  decodeURIComponent('%2F%5Cevil.test'),
  `/${'a'.repeat(5000)}`,
];

describe('safeNextPath', () => {
  it.each(HOSTILE.map((value) => [JSON.stringify(value)?.slice(0, 60) ?? String(value), value]))('sends %s home', (_, value) => {
    expect(safeNextPath(value, ORIGIN)).toBe('/');
  });

  it.each([
    ['/', '/'],
    ['/me', '/me'],
    ['/p/demo/proposals/new', '/p/demo/proposals/new'],
    ['/p/demo?at=-0.1,51.5#map', '/p/demo?at=-0.1,51.5#map'],
    ['/p/caf\u00e9', '/p/caf%C3%A9'],
    ['/%2F%2Fevil.test', '/%2F%2Fevil.test'],
    ['/p/demo/../../me', '/me'],
    [`${ORIGIN}/p/demo`, '/p/demo'],
  ])('keeps the same-site path %s', (value, expected) => {
    expect(safeNextPath(value, ORIGIN)).toBe(expected);
  });

  it('whatever it answers stays on the site when a browser resolves it', () => {
    for (const value of HOSTILE) expect(new URL(safeNextPath(value, ORIGIN), ORIGIN).origin).toBe(ORIGIN);
  });
});
