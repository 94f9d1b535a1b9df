'use client';

import { useEffect, useEffectEvent } from 'react';

import { RecentSignalLog, UNKNOWN_SIGNALS, type RecentSignals } from '@/lib/participation/recent-signals';
import type { ProcessEvent } from '@/lib/participation/views';

export type { ProcessEvent, RecentSignals };
type Listener = (event: ProcessEvent) => void;
/**
 * `reconnected` is false for the stream's first connection (or when joining one already open), true after a
 * drop; `recent`: the last minute's signals.
 */
type OpenListener = (reconnected: boolean, recent: RecentSignals) => void;
type Subscriber = { onEvent: Listener; onOpen?: OpenListener };

// One EventSource per process and page, shared by every component that listens: browsers allow
// only a few open connections to a host, and each stream holds one.
type Stream = { source: EventSource; subscribers: Set<Subscriber>; heard: Heard | null };
/** What the open stream has told so far (its first message and the signals since), and when its first message came: on the server's clock and on this browser's. */
type Heard = { log: RecentSignalLog; serverNow: number; receivedAt: number };
const streams = new Map<string, Stream>();

function parsed<T>(data: string): T | null {
  try {
    return JSON.parse(data) as T;
  } catch {
    return null; // a malformed message is ignored: the next signal refreshes anyway
  }
}

function recentOf(data: string): RecentSignals {
  const recent = parsed<Partial<RecentSignals>>(data);
  // Unreadable: nothing is known, so whoever checks assumes they missed something.
  if (!recent || typeof recent.now !== 'number') return UNKNOWN_SIGNALS(Date.now());
  return { now: recent.now, completeFrom: typeof recent.completeFrom === 'number' ? recent.completeFrom : Infinity, events: Array.isArray(recent.events) ? recent.events : [] };
}

/** For a listener that joins a stream already open (a page reached by a link): what it heard, as of now on the server's clock. */
function heardSoFar(heard: Heard): RecentSignals {
  return heard.log.recent(STREAM, heard.serverNow + (Date.now() - heard.receivedAt));
}

const STREAM = 'stream';
function heardFrom(recent: RecentSignals): Heard {
  const log = new RecentSignalLog();
  log.watch(STREAM, recent.completeFrom);
  for (const event of recent.events) log.record(STREAM, event);
  return { log, serverNow: recent.now, receivedAt: Date.now() };
}

function subscribe(slug: string, subscriber: Subscriber): () => void {
  let stream = streams.get(slug);
  if (!stream) {
    const source = new EventSource(`/api/processes/${encodeURIComponent(slug)}/events`);
    const opened: Stream = { source, subscribers: new Set(), heard: null };
    // Each connection opens with the last minute's signals: those sent before it was (re)opened never arrive
    // otherwise, so whoever listens is told, to catch up.
    source.addEventListener('recent', (message) => {
      const recent = recentOf(message.data);
      const reconnected = opened.heard !== null;
      opened.heard = heardFrom(recent);
      for (const each of opened.subscribers) each.onOpen?.(reconnected, recent);
    });
    source.onmessage = (message) => {
      const event = parsed<ProcessEvent>(message.data);
      if (!event) return;
      opened.heard?.log.record(STREAM, event);
      for (const each of opened.subscribers) each.onEvent(event);
    };
    streams.set(slug, (stream = opened));
  } else if (stream.heard) {
    // Signals that came before this listener did (between its page's render and now) are in what was heard.
    const heard = stream.heard;
    queueMicrotask(() => subscriber.onOpen?.(false, heardSoFar(heard)));
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
