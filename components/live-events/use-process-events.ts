'use client';

import { useEffect, useEffectEvent } from 'react';

import type { ProcessEvent } from '@/lib/participation/views';

export type { ProcessEvent };
type Listener = (event: ProcessEvent) => void;

// One EventSource per process and page, shared by every component that listens: browsers allow
// only a few open connections to a host, and each stream holds one.
const streams = new Map<string, { source: EventSource; listeners: Set<Listener> }>();

function subscribe(slug: string, listener: Listener): () => void {
  let stream = streams.get(slug);
  if (!stream) {
    const source = new EventSource(`/api/processes/${encodeURIComponent(slug)}/events`);
    const listeners = new Set<Listener>();
    source.onmessage = (message) => {
      let event: ProcessEvent;
      try {
        event = JSON.parse(message.data);
      } catch {
        return; // a malformed signal is ignored: the next one refreshes anyway
      }
      for (const each of listeners) each(event);
    };
    stream = { source, listeners };
    streams.set(slug, stream);
  }
  stream.listeners.add(listener);
  const current = stream;
  return () => {
    current.listeners.delete(listener);
    if (current.listeners.size === 0) {
      current.source.close();
      streams.delete(slug);
    }
  };
}

/** Calls `onEvent` for each change signal of the process (server-sent events, reconnecting by itself). */
export function useProcessEvents(slug: string, onEvent: Listener) {
  const handler = useEffectEvent(onEvent);
  useEffect(() => subscribe(slug, (event) => handler(event)), [slug]);
}
