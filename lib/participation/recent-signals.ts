// What a page's event stream says first when it opens: the process's signals of the last minute, so a
// page rendered before the stream opened can tell whether it missed one (signals are not replayed).
import type { ProcessEvent } from './views';

/** How far back a stream's first message reaches, and at most how many signals it carries. */
export const RECENT_MS = 60_000;
export const RECENT_MAX = 100;

export type RecentSignals = { now: number; events: ProcessEvent[] };

/**
 * Did something matching `concerns` change since `since` (a time on the server's clock, taken before
 * the page read what it shows)? A signal is sent after its change is stored, so one stamped before
 * `since` was already seen. A page older than the window cannot know: it counts as missed.
 */
export function missedSince(recent: RecentSignals, since: number, concerns: (event: ProcessEvent) => boolean): boolean {
  if (recent.now - since >= RECENT_MS) return true;
  return recent.events.some((event) => event.at >= since && concerns(event));
}

/** The signals of the last minute per process, newest last; the oldest go first beyond RECENT_MAX. */
export class RecentSignalLog {
  private readonly byProcess = new Map<string, ProcessEvent[]>();

  record(processId: string, event: ProcessEvent): void {
    const events = this.byProcess.get(processId) ?? [];
    events.push(event);
    this.byProcess.set(processId, this.fresh(events, event.at));
  }

  recent(processId: string, now: number): RecentSignals {
    const events = this.fresh(this.byProcess.get(processId) ?? [], now);
    if (events.length === 0) this.byProcess.delete(processId);
    else this.byProcess.set(processId, events);
    return { now, events };
  }

  /** Processes holding signals: each is dropped once read with none left in the window. */
  get size(): number {
    return this.byProcess.size;
  }

  private fresh(events: ProcessEvent[], now: number): ProcessEvent[] {
    const from = events.findIndex((event) => event.at > now - RECENT_MS);
    const kept = from === -1 ? [] : events.slice(from);
    return kept.length > RECENT_MAX ? kept.slice(-RECENT_MAX) : kept;
  }
}
