'use client';

import { useEffect, useRef } from 'react';

export type ProcessEvent = { type: 'proposal' | 'comment' | 'vote' | 'moderation'; targetType: string; targetId: string; at: number };

/** Calls `onEvent` for each change signal of the process (server-sent events, reconnecting by itself). */
export function useProcessEvents(slug: string, onEvent: (event: ProcessEvent) => void) {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  useEffect(() => {
    const source = new EventSource(`/api/processes/${encodeURIComponent(slug)}/events`);
    source.onmessage = (message) => {
      try {
        handler.current(JSON.parse(message.data));
      } catch {
        // a malformed signal is ignored: the next one refreshes anyway
      }
    };
    return () => source.close();
  }, [slug]);
}
