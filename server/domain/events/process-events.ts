// Change signals for a process's participation (proposals, comments, votes, moderation), pushed
// to the browsers watching it. Subscribers sit in this process's emitter; with REDIS_URL every web
// process's publications reach them through the shared signal bus (server/signals).
import { EventEmitter } from 'node:events';

import { RecentSignalLog, type RecentSignals } from '@/lib/participation/recent-signals';
import type { ProcessEvent } from '@/lib/participation/views';
import { signalBus } from '@/server/signals/signal-bus';
import { log } from '@/server/log/log';

export type { ProcessEvent };

const CHANNEL = 'civictwin:process-events';
const globalBus = globalThis as unknown as { civictwinProcessEvents?: EventEmitter; civictwinProcessEventsRelay?: Promise<unknown>; civictwinRecentSignals?: RecentSignalLog; civictwinHeardFrom?: number };
const bus = (globalBus.civictwinProcessEvents ??= new EventEmitter().setMaxListeners(10_000));
const recentSignals = (globalBus.civictwinRecentSignals ??= new RecentSignalLog());
// Every process's signals, for the web process's own caches. A registered symbol never collides with a
// process id and is the same in every route bundle's copy of this module.
const ANY_PROCESS = Symbol.for('civictwin.anyProcess');

function emit(processId: string, signal: ProcessEvent): void {
  recentSignals.record(processId, signal);
  bus.emit(processId, signal);
  bus.emit(ANY_PROCESS, processId, signal);
}

/** With a shared bus, this process hears everyone's signals (its own included) from Redis, once. */
function relay(): void {
  if (!signalBus().shared) return;
  globalBus.civictwinProcessEventsRelay ??= signalBus()
    .subscribe(CHANNEL, (message) => {
      const { processId, signal } = JSON.parse(message.toString()) as { processId: string; signal: ProcessEvent };
      emit(processId, signal);
    })
    .then(() => (globalBus.civictwinHeardFrom ??= Date.now()))
    .catch((error) => {
      globalBus.civictwinProcessEventsRelay = undefined;
      log.error('process events: could not subscribe', { error });
    });
}

export function publishProcessEvent(processId: string, event: Omit<ProcessEvent, 'at'>): void {
  const signal = { ...event, at: Date.now() } as ProcessEvent;
  if (!signalBus().shared) return emit(processId, signal);
  relay();
  signalBus().publish(CHANNEL, JSON.stringify({ processId, signal }));
}

/** What this process heard of the process's signals in the last minute (every web process hears all of them through the bus). */
export function recentProcessEvents(processId: string, now = Date.now()): RecentSignals {
  relay();
  // With a shared bus, nothing from other processes was heard before its subscription took.
  const heardFrom = signalBus().shared ? (globalBus.civictwinHeardFrom ?? Infinity) : -Infinity;
  return recentSignals.recent(processId, now, heardFrom);
}

/** A signal for this web process's own listeners only: what each process finds out by itself (live-sessions/phase-watch.ts). */
export function signalOwnListeners(processId: string, event: Omit<ProcessEvent, 'at'>): void {
  emit(processId, { ...event, at: Date.now() } as ProcessEvent);
}

export function subscribeAllProcessEvents(listener: (processId: string, event: ProcessEvent) => void): () => void {
  relay();
  bus.on(ANY_PROCESS, listener);
  return () => bus.off(ANY_PROCESS, listener);
}

/** While a process has listeners here, its last minute of signals is kept for the streams that open (recentProcessEvents). */
export function subscribeProcessEvents(processId: string, listener: (event: ProcessEvent) => void): () => void {
  relay();
  recentSignals.watch(processId, Date.now());
  bus.on(processId, listener);
  return () => {
    bus.off(processId, listener);
    if (bus.listenerCount(processId) === 0) recentSignals.forget(processId);
  };
}
