import { describe, expect, it } from 'vitest';

import type { ProcessEvent } from './views';
import { CLOCK_SLACK_MS, missedSince, RECENT_MAX, RECENT_MS, RecentSignalLog, UNKNOWN_SIGNALS } from './recent-signals';

const signal = (targetId: string, at: number, type: ProcessEvent['type'] = 'vote'): ProcessEvent => ({ type, targetType: 'proposal', targetId, at });

describe('the recent signals a stream opens with', () => {
  it('keeps a watched process’s signals of the last minute, newest last, complete from when it was watched', () => {
    const log = new RecentSignalLog();
    log.record('p1', signal('before', 500));
    log.watch('p1', 800);
    log.record('p1', signal('a', 1_000));
    log.record('p1', signal('b', 30_000));
    expect(log.recent('p1', 40_000)).toEqual({ now: 40_000, completeFrom: 800, events: [signal('a', 1_000), signal('b', 30_000)] });
    expect(log.recent('p1', 1_000 + RECENT_MS)).toEqual({ now: 1_000 + RECENT_MS, completeFrom: 1_000, events: [signal('b', 30_000)] });
  });

  it('keeps nothing of a process nobody watches, and forgets one when its watchers leave', () => {
    const log = new RecentSignalLog();
    log.record('p2', signal('c', 30_000));
    expect(log.size).toBe(0);
    expect(log.recent('p2', 31_000)).toEqual({ now: 31_000, completeFrom: 31_000, events: [] });
    log.watch('p2', 31_000);
    log.forget('p2');
    expect(log.size).toBe(0);
  });

  it('is complete only from the newest signal it had to drop beyond RECENT_MAX, and from when the bus was heard', () => {
    const log = new RecentSignalLog();
    log.watch('p1', 0);
    for (let i = 0; i < RECENT_MAX + 20; i += 1) log.record('p1', signal(`s${i}`, 1_000 + i));
    const recent = log.recent('p1', 2_000);
    expect(recent.events).toHaveLength(RECENT_MAX);
    expect(recent.events[0].targetId).toBe('s20');
    expect(recent.completeFrom).toBe(1_019);
    expect(log.recent('p1', 2_000, 1_500).completeFrom).toBe(1_500);
  });
});

describe('whether a page missed a signal before its stream opened', () => {
  const recent = { now: 50_000, completeFrom: 10_000, events: [signal('other', 45_000), signal('mine', 40_000, 'comment'), signal('mine', 30_000)] };
  const mine = (event: ProcessEvent) => event.targetId === 'mine' && event.type !== 'comment';

  it('is true for a signal about what the page shows, stamped after its render (give or take the clocks)', () => {
    expect(missedSince(recent, 30_000, mine)).toBe(true);
    expect(missedSince(recent, 30_000 + CLOCK_SLACK_MS, mine)).toBe(true);
    expect(missedSince(recent, 30_001 + CLOCK_SLACK_MS, mine)).toBe(false);
  });

  it('ignores signals about other things', () => {
    expect(missedSince(recent, 44_000, (event) => event.targetId === 'nothing')).toBe(false);
  });

  it('is true when the record does not reach back to the render, or nothing is known', () => {
    expect(missedSince({ ...recent, completeFrom: 41_000 }, 42_000, mine)).toBe(true);
    expect(missedSince(UNKNOWN_SIGNALS(50_000), 49_000, mine)).toBe(true);
  });
});
