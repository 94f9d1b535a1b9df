'use client';

// The live session of a process that this person takes part in (or runs), as the server knows it:
// its title and agenda. Fetched again whenever the shared document names another session.
import { useQuery, useQueryClient } from '@tanstack/react-query';

import { refetchAfterChange } from '@/components/live-events/refetch-after-change';
import { useProcessEvents } from '@/components/live-events/use-process-events';

import { fetchJson } from '@/lib/http/send-json';
import type { Phase } from '@/lib/live/phases';
import { sessionSignalRefetches, withSignalledPhase } from '@/lib/live/session-signal';

export type LiveSession = { id: string; title: string; phases: Phase[]; status: string; currentPhase?: string | null };

/** `phased`: whether the document has a phase; it turns on when a session starts and off when it ends. */
export function useLiveSession(slug: string, sessionId: string | null, phased: boolean, enabled = true): LiveSession | null {
  const client = useQueryClient();
  // A session started or ended is signalled on the process's event stream; a phase switch carries the phase.
  useProcessEvents(slug, (event) => {
    if (sessionSignalRefetches(event)) void refetchAfterChange(client, ['live', slug, 'current']);
    else if (event.targetType === 'phase') client.setQueriesData<LiveSession | null>({ queryKey: ['live', slug, 'current'] }, (session) => withSignalledPhase(session, event));
  });
  const { data } = useQuery({
    queryKey: ['live', slug, 'current', sessionId, phased],
    queryFn: async () => (await fetchJson<{ session: LiveSession | null }>(`/api/live/current?process=${encodeURIComponent(slug)}`))?.session ?? null,
    enabled,
    staleTime: Infinity,
  });
  return data ?? null;
}
