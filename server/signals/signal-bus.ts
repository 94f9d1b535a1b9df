// Signals between processes: the live-event stream, the collab server's "look now", and the rooms
// several collab servers share. Through Redis pub/sub when REDIS_URL is set; in this process's
// memory otherwise (one web process and one collab server need nothing else).
import { EventEmitter } from 'node:events';

import { openRedis, redisUrl, type Redis } from './redis-connection';
import { log } from '@/server/log/log';

export type SignalListener = (message: Buffer) => void;

export type SignalBus = {
  /** True when other processes hear what this one publishes. */
  readonly shared: boolean;
  /** Reaches every subscriber of the channel in every process on the bus, this one included. */
  publish(channel: string, message: string | Uint8Array): void;
  /** Resolves once subscribed: nothing published after that is missed. */
  subscribe(channel: string, listener: SignalListener): Promise<() => Promise<void>>;
  close(): Promise<void>;
};

export function createMemoryBus(): SignalBus {
  const emitter = new EventEmitter().setMaxListeners(0);
  return {
    shared: false,
    publish(channel, message) {
      emitter.emit(channel, Buffer.isBuffer(message) ? message : Buffer.from(message));
    },
    async subscribe(channel, listener) {
      emitter.on(channel, listener);
      return async () => void emitter.off(channel, listener);
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}

export function createRedisBus(url: string): SignalBus {
  let publisher: Promise<Redis> | null = null;
  let subscriber: Promise<Redis> | null = null;
  // One Redis subscription per channel, however many listeners; `ready` once Redis confirmed it.
  const channels = new Map<string, { listeners: Set<SignalListener>; relay: SignalListener; ready: Promise<void> }>();
  return {
    shared: true,
    publish(channel, message) {
      publisher ??= openRedis(url);
      void publisher.then((client) => client.publish(channel, Buffer.from(message))).catch((error) => log.error('redis: could not publish', { channel, error }));
    },
    async subscribe(channel, listener) {
      subscriber ??= openRedis(url);
      const client = await subscriber;
      let entry = channels.get(channel);
      if (!entry) {
        const listeners = new Set<SignalListener>();
        // bufferMode: room updates are binary.
        const relay = (message: Buffer) => listeners.forEach((each) => each(message));
        entry = { listeners, relay, ready: client.subscribe(channel, relay, true) };
        channels.set(channel, entry);
      }
      entry.listeners.add(listener);
      await entry.ready;
      const subscribed = entry;
      return async () => {
        subscribed.listeners.delete(listener);
        if (subscribed.listeners.size > 0 || channels.get(channel) !== subscribed) return;
        channels.delete(channel);
        await client.unsubscribe(channel, subscribed.relay, true).catch(() => undefined);
      };
    },
    async close() {
      const clients = await Promise.allSettled([publisher, subscriber].filter((client): client is Promise<Redis> => client !== null));
      await Promise.all(clients.map((result) => (result.status === 'fulfilled' ? result.value.close().catch(() => undefined) : null)));
      channels.clear();
    },
  };
}

const shared = globalThis as typeof globalThis & { civictwinSignals?: SignalBus };

/** This process's bus (route bundles share it through globalThis). */
export function signalBus(): SignalBus {
  if (!shared.civictwinSignals) {
    const url = redisUrl();
    shared.civictwinSignals = url ? createRedisBus(url) : createMemoryBus();
  }
  return shared.civictwinSignals;
}
