'use client';

import { useEffect, useEffectEvent } from 'react';

import type { RecentSignals } from '@/lib/participation/recent-signals';
import type { ProcessEvent } from '@/lib/participation/views';

export type { ProcessEvent, RecentSignals };
type Listener = (event: ProcessEvent) => void;
/** `reconnected` is false for the stream's first connection, true after a drop; `recent`: the last minute's signals. */
type OpenListener = (reconnected: boolean, recent: RecentSignals) => void;
type Subscriber = { onEvent: Listener; onOpen?: OpenListener };

// One EventSource per process and page, shared by every component that listens: browsers allow
// only a few open connections to a host, and each stream holds one.
const streams = new Map<string, { source: EventSource; subscribers: Set<Subscriber> }>();

function parsed<T>(data: string): T | null {
  try {
    return JSON.parse(data) as T;
  } catch {
    return null; // a malformed message is ignored: the next signal refreshes anyway
  }
}

function subscribe(slug: string, subscriber: Subscriber): () => void {
  let stream = streams.get(slug);
  if (!stream) {
    const source = new EventSource(`/api/processes/${encodeURIComponent(slug)}/events`);
    const subscribers = new Set<Subscriber>();
    let opened = false;
    // Each connection opens with the last minute's signals: those sent before it was (re)opened never arrive
    // otherwise, so whoever listens is told, to catch up.
    source.addEventListener('recent', (message) => {
      const recent = parsed<RecentSignals>(message.data) ?? { now: Date.now(), events: [] };
      for (const each of subscribers) each.onOpen?.(opened, recent);
      opened = true;
    });
    source.onmessage = (message) => {
      const event = parsed<ProcessEvent>(message.data);
      if (event) for (const each of subscribers) each.onEvent(event);
    };
    stream = { source, subscribers };
    streams.set(slug, stream);
  }
  stream.subscribers.add(subscriber);
  const current = stream;
  return () => {
    current.subscribers.delete(subscriber);
    if (current.subscribers.size === 0) {
      current.source.close();
      streams.delete(slug);
    }
  };
}

/**
 * Calls `onEvent` for each change signal of the process (server-sent events, reconnecting by itself),
 * and `onOpen` each time the stream (re)connects, with the last minute's signals, since what changed
 * while it was closed is not replayed.
 */
export function useProcessEvents(slug: string, onEvent: Listener, onOpen?: OpenListener) {
  const handleEvent = useEffectEvent(onEvent);
  const handleOpen = useEffectEvent((reconnected: boolean, recent: RecentSignals) => onOpen?.(reconnected, recent));
  useEffect(() => subscribe(slug, { onEvent: (event) => handleEvent(event), onOpen: (reconnected, recent) => handleOpen(reconnected, recent) }), [slug]);
}
