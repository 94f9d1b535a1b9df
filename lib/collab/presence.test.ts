import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { peopleHere, presenceColor, throttle } from './presence';

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
