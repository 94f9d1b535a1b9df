import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { AwarenessBatcher } from './awareness-batcher';

describe('awareness batcher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends each changed client once per window', () => {
    const sent: number[][] = [];
    const batcher = new AwarenessBatcher((ids) => sent.push(ids), 150);
    batcher.changed([1, 2]);
    batcher.changed([2, 3]);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(150);
    expect(sent).toEqual([[1, 2, 3]]);
    batcher.changed([4]);
    vi.advanceTimersByTime(150);
    expect(sent).toEqual([[1, 2, 3], [4]]);
  });

  it('sends nothing after it is stopped', () => {
    const sent: number[][] = [];
    const batcher = new AwarenessBatcher((ids) => sent.push(ids), 150);
    batcher.changed([1]);
    batcher.stop();
    vi.advanceTimersByTime(500);
    expect(sent).toEqual([]);
  });
});
