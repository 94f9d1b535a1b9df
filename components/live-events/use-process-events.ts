'use client';

import { useEffect, useEffectEvent } from 'react';

import type { ProcessEvent } from '@/lib/participation/views';

export type { ProcessEvent };
type Listener = (event: ProcessEvent) => void;
/** `reconnected` is false for the stream's first connection, true after a drop. */
type OpenListener = (reconnected: boolean) => void;
type Subscriber = { onEvent: Listener; onOpen?: OpenListener };

// One EventSource per process and page, shared by every component that listens: browsers allow
// only a few open connections to a host, and each stream holds one.
const streams = new Map<string, { source: EventSource; subscribers: Set<Subscriber> }>();

function subscribe(slug: string, subscriber: Subscriber): () => void {
  let stream = streams.get(slug);
  if (!stream) {
    const source = new EventSource(`/api/processes/${encodeURIComponent(slug)}/events`);
    const subscribers = new Set<Subscriber>();
    let opened = false;
    // Signals sent before the stream was (re)opened never arrive: whoever listens is told, to catch up.
    source.onopen = () => {
      for (const each of subscribers) each.onOpen?.(opened);
      opened = true;
    };
    source.onmessage = (message) => {
      let event: ProcessEvent;
      try {
        event = JSON.parse(message.data);
      } catch {
        return; // a malformed signal is ignored: the next one refreshes anyway
      }
      for (const each of subscribers) each.onEvent(event);
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
 * and `onOpen` each time the stream (re)connects, since what changed while it was closed is not replayed.
 */
export function useProcessEvents(slug: string, onEvent: Listener, onOpen?: OpenListener) {
  const handleEvent = useEffectEvent(onEvent);
  const handleOpen = useEffectEvent((reconnected: boolean) => onOpen?.(reconnected));
  useEffect(() => subscribe(slug, { onEvent: (event) => handleEvent(event), onOpen: (reconnected) => handleOpen(reconnected) }), [slug]);
}
