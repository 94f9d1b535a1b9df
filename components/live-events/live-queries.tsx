'use client';

// One query cache per process page, kept current by the process's change signals: each signal
// makes stale only the queries it names, and only those a view shows are fetched again.
import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';

import { staleKeys } from './query-keys';
import { refetchAfterChange } from './refetch-after-change';
import { useProcessEvents } from './use-process-events';

function Invalidate({ slug }: { slug: string }) {
  const client = useQueryClient();
  useProcessEvents(slug, (event) => {
    const threads = client.getQueryCache().findAll({ queryKey: ['comments'] }).map((query) => ({ key: query.queryKey, data: query.state.data }));
    for (const queryKey of staleKeys(slug, event, threads)) void refetchAfterChange(client, queryKey);
  }, () => {
    // What was fetched (or is being fetched) before the stream opened may have missed a signal.
    void refetchAfterChange(client);
  });
  return null;
}

export function LiveQueries({ slug, children }: { slug: string; children: ReactNode }) {
  // Signals keep data fresh, so nothing refetches on focus or on a timer.
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: 1 } } }));
  return (
    <QueryClientProvider client={client}>
      <Invalidate slug={slug} />
      {children}
    </QueryClientProvider>
  );
}
