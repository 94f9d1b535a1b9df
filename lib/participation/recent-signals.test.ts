import { describe, expect, it } from 'vitest';

import type { ProcessEvent } from './views';
import { missedSince, RECENT_MAX, RECENT_MS, RecentSignalLog } from './recent-signals';

const signal = (targetId: string, at: number, type: ProcessEvent['type'] = 'vote'): ProcessEvent => ({ type, targetType: 'proposal', targetId, at });

describe('the recent signals a stream opens with', () => {
  it('keeps a process’s signals of the last minute, newest last, and forgets a process with none left', () => {
    const log = new RecentSignalLog();
    log.record('p1', signal('a', 1_000));
    log.record('p1', signal('b', 30_000));
    log.record('p2', signal('c', 30_000));
    expect(log.recent('p1', 40_000).events.map((event) => event.targetId)).toEqual(['a', 'b']);
    expect(log.recent('p1', 1_000 + RECENT_MS).events.map((event) => event.targetId)).toEqual(['b']);
    expect(log.recent('p2', 30_000 + RECENT_MS).events).toEqual([]);
    expect(log.size).toBe(1);
  });

  it('holds at most RECENT_MAX per process, dropping the oldest', () => {
    const log = new RecentSignalLog();
    for (let i = 0; i < RECENT_MAX + 20; i += 1) log.record('p1', signal(`s${i}`, 1_000 + i));
    const { events } = log.recent('p1', 2_000);
    expect(events).toHaveLength(RECENT_MAX);
    expect(events[0].targetId).toBe('s20');
  });
});

describe('whether a page missed a signal before its stream opened', () => {
  const recent = { now: 50_000, events: [signal('other', 45_000), signal('mine', 40_000, 'comment'), signal('mine', 30_000)] };
  const mine = (event: ProcessEvent) => event.targetId === 'mine' && event.type !== 'comment';

  it('is true for a signal about what the page shows, stamped at or after its render', () => {
    expect(missedSince(recent, 30_000, mine)).toBe(true);
    expect(missedSince(recent, 30_001, mine)).toBe(false);
  });

  it('ignores signals about other things', () => {
    expect(missedSince(recent, 44_000, (event) => event.targetId === 'nothing')).toBe(false);
  });

  it('counts a page rendered longer ago than the window as having missed something', () => {
    expect(missedSince({ now: 10 + RECENT_MS, events: [] }, 10, mine)).toBe(true);
  });
});
