import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * Makes the queries under `queryKey` (all of them without one) fetch again after a change. A fetch
 * already under way may have started before the change, so it is cancelled first: `invalidateQueries`
 * alone cancels it only when the query already holds data, and keeps the first load's stale answer.
 */
export async function refetchAfterChange(client: QueryClient, queryKey?: QueryKey): Promise<void> {
  const filters = queryKey ? { queryKey } : {};
  await client.cancelQueries(filters);
  await client.invalidateQueries(filters);
}
