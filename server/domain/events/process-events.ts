// Change signals for a process's participation (proposals, comments, votes, moderation), pushed
// to the browsers watching it. One web process holds the subscribers; several would share this
// bus through Redis pub/sub.
import { EventEmitter } from 'node:events';

import type { ProcessEvent } from '@/lib/participation/views';

export type { ProcessEvent };

const globalBus = globalThis as unknown as { civictwinProcessEvents?: EventEmitter };
const bus = (globalBus.civictwinProcessEvents ??= new EventEmitter().setMaxListeners(10_000));

export function publishProcessEvent(processId: string, event: Omit<ProcessEvent, 'at'>): void {
  bus.emit(processId, { ...event, at: Date.now() });
}

export function subscribeProcessEvents(processId: string, listener: (event: ProcessEvent) => void): () => void {
  bus.on(processId, listener);
  return () => bus.off(processId, listener);
}
