import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@/server/db', () => ({ db: {} }));

const { watchLivePhase } = await import('./phase-watch');

type Row = { id: string; currentPhase: string | null } | null;

describe('the live phase watch', () => {
  let row: Row;
  const read = vi.fn(async () => row);
  const signal = vi.fn();
  const tick = () => vi.advanceTimersByTimeAsync(1000);

  beforeEach(() => {
    vi.useFakeTimers();
    row = { id: 's1', currentPhase: 'explore' };
    read.mockClear();
    signal.mockClear();
  });
  afterEach(() => vi.useRealTimers());

  it('signals a phase switch of the running session to this process’s listeners', async () => {
    const stop = watchLivePhase('p1', { everyMs: 1000, read, signal });
    await tick();
    expect(signal).not.toHaveBeenCalled();
    row = { id: 's1', currentPhase: 'propose' };
    await tick();
    expect(signal).toHaveBeenCalledExactlyOnceWith('p1', { type: 'session', targetType: 'phase', targetId: 's1', phase: 'propose' });
    await tick();
    expect(signal).toHaveBeenCalledTimes(1);
    stop();
  });

  it('leaves a start or an end to the request that made it', async () => {
    row = null;
    const stop = watchLivePhase('p2', { everyMs: 1000, read, signal });
    await tick();
    row = { id: 's2', currentPhase: 'explore' };
    await tick();
    row = null;
    await tick();
    expect(signal).not.toHaveBeenCalled();
    stop();
  });

  it('reads once per process for all its listeners, and stops with the last of them', async () => {
    const stops = [1, 2, 3].map(() => watchLivePhase('p3', { everyMs: 1000, read, signal }));
    await tick();
    expect(read).toHaveBeenCalledTimes(2);
    stops[0]();
    stops[0]();
    stops[1]();
    await tick();
    expect(read).toHaveBeenCalledTimes(3);
    stops[2]();
    await tick();
    expect(read).toHaveBeenCalledTimes(3);
  });
});
