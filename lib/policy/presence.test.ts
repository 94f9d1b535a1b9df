import { describe, expect, it } from 'vitest';

import type { Bounds } from '@/lib/schemas/process';

import { checkPresence, presenceColor, PRESENCE_COLORS } from './presence';

const bounds: Bounds = [-0.12, 51.5, -0.08, 51.53];
const me = { id: 'sam', name: 'Sam' };
const state = (patch: Record<string, unknown> = {}) => JSON.stringify({ user: { id: 'sam', name: 'Sam', color: presenceColor('sam') }, cursor: [-0.1, 51.51], draft: null, ...patch });

describe('presence a client may publish', () => {
  it('accepts one’s own presence with our colour, a pointer and a draft inside the territory', () => {
    expect(checkPresence(state(), me, bounds).ok).toBe(true);
    expect(checkPresence(state({ cursor: null, draft: { kind: 'line', coordinates: [[-0.1, 51.51], [-0.11, 51.52]] } }), me, bounds).ok).toBe(true);
    expect(checkPresence('{}', me, bounds).ok).toBe(true);
  });

  it('refuses presence in another person’s name as forged', () => {
    expect(checkPresence(state({ user: { id: 'fran', name: 'Fran', color: PRESENCE_COLORS[0] } }), me, bounds)).toMatchObject({ ok: false, problem: 'forged' });
    expect(checkPresence(state({ user: { id: 'sam', name: 'Fran Keller (facilitator)', color: PRESENCE_COLORS[0] } }), me, bounds)).toMatchObject({ ok: false, problem: 'forged' });
  });

  it.each([
    ['a colour that is not ours', state({ user: { id: 'sam', name: 'Sam', color: 'url(https://evil.example/x.png)' } })],
    ['a pointer outside the territory', state({ cursor: [2.35, 48.85] })],
    ['a draft outside the territory', state({ draft: { kind: 'point', coordinates: [[2.35, 48.85]] } })],
    ['extra fields', state({ script: 'alert(1)' })],
    ['a huge state', state({ draft: { kind: 'line', coordinates: Array.from({ length: 400 }, () => [-0.1, 51.51]) } })],
    ['something that is not JSON', '{"user":'],
    ['an array', '[1,2]'],
  ])('refuses %s as invalid', (_label, json) => {
    expect(checkPresence(json, me, bounds)).toMatchObject({ ok: false, problem: 'invalid' });
  });
});
