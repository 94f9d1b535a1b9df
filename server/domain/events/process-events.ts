// Change signals for a process's participation (proposals, comments, votes, moderation), pushed
// to the browsers watching it. One web process holds the subscribers; several would share this
// bus through Redis pub/sub.
import { EventEmitter } from 'node:events';

import type { ProcessEvent } from '@/lib/participation/views';

export type { ProcessEvent };

const globalBus = globalThis as unknown as { civictwinProcessEvents?: EventEmitter };
const bus = (globalBus.civictwinProcessEvents ??= new EventEmitter().setMaxListeners(10_000));
// Every process's signals, for the web process's own caches. A registered symbol never collides with a
// process id and is the same in every route bundle's copy of this module.
const ANY_PROCESS = Symbol.for('civictwin.anyProcess');

export function publishProcessEvent(processId: string, event: Omit<ProcessEvent, 'at'>): void {
  const signal = { ...event, at: Date.now() };
  bus.emit(processId, signal);
  bus.emit(ANY_PROCESS, processId, signal);
}

export function subscribeAllProcessEvents(listener: (processId: string, event: ProcessEvent) => void): () => void {
  bus.on(ANY_PROCESS, listener);
  return () => bus.off(ANY_PROCESS, listener);
}

export function subscribeProcessEvents(processId: string, listener: (event: ProcessEvent) => void): () => void {
  bus.on(processId, listener);
  return () => bus.off(processId, listener);
}
