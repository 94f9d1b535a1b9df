import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { RoundView } from '@/lib/live/dot-round';
import type { ProcessEvent } from '@/lib/participation/views';

const published: ProcessEvent[] = [];
vi.mock('../events/process-events', () => ({ publishProcessEvent: (_processId: string, event: ProcessEvent) => published.push(event) }));

const { signalRound, signalVote, SIGNAL_EVERY_MS } = await import('./round-signal');

const round = (id: string, total: number, more: Partial<RoundView> = {}): RoundView => ({ id, sessionId: 's1', dots: 3, perItemMax: 2, endsAt: null, liveResults: false, status: 'open', total, createdAt: 0, ...more });
const mark = (itemId: string, dots: number) => ({ itemType: 'mark' as const, itemId, dots });

describe('dot-vote round signals', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    published.length = 0;
  });
  afterEach(() => vi.useRealTimers());

  it('sends the first vote at once and gathers the rest of its interval into one signal with the latest total', () => {
    signalVote('p1', round('r1', 1), mark('a', 1));
    expect(published.map((event) => event.dots?.round.total)).toEqual([1]);
    for (let total = 2; total <= 40; total += 1) signalVote('p1', round('r1', total), mark('a', total));
    expect(published).toHaveLength(1);
    vi.advanceTimersByTime(SIGNAL_EVERY_MS);
    expect(published.map((event) => event.dots?.round.total)).toEqual([1, 40]);
    vi.advanceTimersByTime(SIGNAL_EVERY_MS * 4);
    expect(published).toHaveLength(2);
  });

  it('carries each changed item’s latest count only while results are shown', () => {
    signalVote('p1', round('r2', 1, { liveResults: true }), mark('a', 1));
    signalVote('p1', round('r2', 2, { liveResults: true }), mark('b', 1));
    signalVote('p1', round('r2', 3, { liveResults: true }), mark('a', 2));
    vi.advanceTimersByTime(SIGNAL_EVERY_MS);
    expect(published.map((event) => event.dots?.items)).toEqual([[mark('a', 1)], [mark('b', 1), mark('a', 2)]]);

    vi.advanceTimersByTime(SIGNAL_EVERY_MS);
    signalVote('p1', round('r3', 1), mark('a', 1));
    expect(published.at(-1)?.dots).toEqual({ round: round('r3', 1) });
  });

  it('sends gathered votes before a round’s closing, at once, and in that order', () => {
    signalVote('p1', round('r4', 1), mark('a', 1));
    signalVote('p1', round('r4', 2), mark('a', 2));
    signalRound('p1', round('r4', 2, { status: 'closed' }));
    expect(published.map((event) => [event.dots?.round.total, event.dots?.round.status])).toEqual([
      [1, 'open'],
      [2, 'open'],
      [2, 'closed'],
    ]);
    vi.advanceTimersByTime(SIGNAL_EVERY_MS * 2);
    expect(published).toHaveLength(3);
  });
});
