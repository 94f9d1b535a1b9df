// The signal that tells every screen of a process what changed in a dot-vote round. A vote's signal
// is written to every open page of the process: 300 people voting within a minute would write one per
// dot to all 300 streams. Votes are gathered per round and go out at most every SIGNAL_EVERY_MS as one
// signal carrying the round's latest total (and, while results are shown, each changed item's count).
import type { DotResult, RoundView } from '@/lib/live/dot-round';
import { itemKey } from '@/lib/live/dot-round';

import { publishProcessEvent } from '../events/process-events';

/** DOT_SIGNAL_EVERY_MS=0 sends every vote's signal on its own (bench:live compares both). */
const configured = process.env.DOT_SIGNAL_EVERY_MS;
export const SIGNAL_EVERY_MS = configured && Number(configured) >= 0 ? Number(configured) : 250;

type Gathered = { processId: string; round: RoundView; items: Map<string, DotResult>; timer: ReturnType<typeof setTimeout> | null; sentAt: number };
const gathered = new Map<string, Gathered>();

function publish(processId: string, round: RoundView, items: DotResult[]): void {
  const shown = round.liveResults || round.status === 'revealed';
  publishProcessEvent(processId, { type: 'dots', targetType: 'round', targetId: round.id, dots: { round, ...(shown && items.length > 0 ? { items } : {}) } });
}

function flush(entry: Gathered): void {
  if (entry.timer) clearTimeout(entry.timer);
  entry.timer = null;
  entry.sentAt = Date.now();
  publish(entry.processId, entry.round, [...entry.items.values()]);
  entry.items.clear();
}

/** A dot placed or taken back: the first of a quiet moment goes out at once, the rest at the end of its interval. */
export function signalVote(processId: string, round: RoundView, item: DotResult): void {
  const entry = gathered.get(round.id) ?? { processId, round, items: new Map(), timer: null, sentAt: 0 };
  gathered.set(round.id, entry);
  entry.round = round;
  entry.items.set(itemKey(item), item);
  if (entry.timer) return;
  const wait = entry.sentAt + SIGNAL_EVERY_MS - Date.now();
  if (wait <= 0) flush(entry);
  else entry.timer = setTimeout(() => flush(entry), wait);
}

/** A round opened, closed or revealed: votes still gathered go out first, then the change, at once. */
export function signalRound(processId: string, round: RoundView): void {
  const entry = gathered.get(round.id);
  gathered.delete(round.id);
  if (entry?.timer) flush(entry);
  publish(processId, round, []);
}
