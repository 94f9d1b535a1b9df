// What a page's event stream says first when it opens: the process's signals of the last minute that this
// web process heard, and from when that record is complete, so a page rendered before its stream opened
// can tell whether it missed one (signals are not replayed).
import type { ProcessEvent } from './views';

/** How far back a stream's first message reaches, and at most how many signals it carries. */
export const RECENT_MS = 60_000;
export const RECENT_MAX = 300;
/** Clocks apart: the machine that stamps a signal, the one that renders, the one that serves the stream. */
export const CLOCK_SLACK_MS = 2_000;

/** `completeFrom`: every signal stamped from then on is in `events` (before it, this process may not have heard them). */
export type RecentSignals = { now: number; completeFrom: number; events: ProcessEvent[] };

/** Nothing known: whoever reads it assumes they missed something. */
export const UNKNOWN_SIGNALS = (now: number): RecentSignals => ({ now, completeFrom: Infinity, events: [] });

/**
 * Did something matching `concerns` change since `since` (a time on the server's clock, taken before the
 * page read what it shows)? A signal is sent after its change is stored, so one stamped before `since`
 * was already seen. When the record does not reach back to `since`, the answer is yes.
 */
export function missedSince(recent: RecentSignals, since: number, concerns: (event: ProcessEvent) => boolean): boolean {
  const from = since - CLOCK_SLACK_MS;
  if (from < recent.completeFrom) return true;
  return recent.events.some((event) => event.at >= from && concerns(event));
}

type Watched = { since: number; droppedAt: number; events: ProcessEvent[] };

/**
 * The last minute's signals of the processes someone is watching (a stream is open on this web process),
 * newest last; a process nobody watches is forgotten, so memory follows the open streams.
 */
export class RecentSignalLog {
  private readonly watched = new Map<string, Watched>();

  /** From `at` on, the process's signals are kept (until `forget`). */
  watch(processId: string, at: number): void {
    if (!this.watched.has(processId)) this.watched.set(processId, { since: at, droppedAt: -Infinity, events: [] });
  }

  forget(processId: string): void {
    this.watched.delete(processId);
  }

  record(processId: string, event: ProcessEvent): void {
    const entry = this.watched.get(processId);
    if (!entry) return;
    entry.events.push(event);
    this.prune(entry, event.at);
  }

  /** `heardFrom`: since when this process hears every process's signals at all (a shared bus subscribes once, a little after start). */
  recent(processId: string, now: number, heardFrom = -Infinity): RecentSignals {
    const entry = this.watched.get(processId);
    if (!entry) return { now, completeFrom: now, events: [] };
    this.prune(entry, now);
    return { now, completeFrom: Math.max(entry.since, entry.droppedAt, heardFrom, now - RECENT_MS), events: [...entry.events] };
  }

  get size(): number {
    return this.watched.size;
  }

  private prune(entry: Watched, now: number): void {
    const from = entry.events.findIndex((event) => event.at > now - RECENT_MS);
    if (from === -1) entry.events = [];
    else if (from > 0) entry.events = entry.events.slice(from);
    if (entry.events.length > RECENT_MAX) {
      const dropped = entry.events.splice(0, entry.events.length - RECENT_MAX);
      entry.droppedAt = Math.max(entry.droppedAt, dropped.at(-1)!.at);
    }
  }
}
