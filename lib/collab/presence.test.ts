import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { peopleHere, presenceColor, presenceWithin, throttle } from './presence';

describe('presence', () => {
  it('gives each person a stable colour', () => {
    expect(presenceColor('user-1')).toBe(presenceColor('user-1'));
    expect(presenceColor('user-1')).toMatch(/^#[0-9A-F]{6}$/);
  });

  it('lists each person once, without oneself or nameless states', () => {
    const sam = { id: 'sam', name: 'Sam', color: '#E69F00' };
    const states = new Map<number, unknown>([
      [1, { user: { id: 'me', name: 'Me', color: '#000000' }, cursor: null, draft: null }],
      [2, { user: sam, cursor: null, draft: null }],
      [3, { user: sam, cursor: [-0.1, 51.5], draft: null }],
      [4, {}],
    ]);
    expect(peopleHere(states, 1)).toEqual([{ user: sam, cursor: [-0.1, 51.5], draft: null, clientId: 3 }]);
  });
});

describe('presence within the territory', () => {
  const bounds = [-0.12, 51.5, -0.08, 51.53] as [number, number, number, number];

  it('keeps a pointer and a draft inside the territory', () => {
    const draft = { kind: 'line' as const, coordinates: [[-0.1, 51.51], [-0.09, 51.52]] as [number, number][] };
    expect(presenceWithin(bounds, [-0.1, 51.51], draft)).toEqual({ cursor: [-0.1, 51.51], draft });
  });

  it('sends no pointer outside it, and no draft that leaves it', () => {
    const draft = { kind: 'line' as const, coordinates: [[-0.1, 51.51], [2.35, 48.85]] as [number, number][] };
    expect(presenceWithin(bounds, [2.35, 48.85], draft)).toEqual({ cursor: null, draft: null });
  });
});

describe('throttle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs at most once per interval, with the latest value', () => {
    const seen: number[] = [];
    const send = throttle((value: number) => seen.push(value), 100);
    send(1);
    send(2);
    send(3);
    expect(seen).toEqual([1]);
    vi.advanceTimersByTime(100);
    expect(seen).toEqual([1, 3]);
  });
});
