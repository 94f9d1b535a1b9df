'use client';

import { useQuery } from '@tanstack/react-query';

import { queryKeys } from '@/components/live-events/query-keys';
import { fetchJson } from '@/lib/http/send-json';

import { SessionList, type SessionItem } from './session-list';

/** The process's sessions, read-only: ended ones link to their summary. */
export function SessionHistory({ slug }: { slug: string }) {
  const { data } = useQuery({ queryKey: queryKeys.liveSessions(slug), queryFn: () => fetchJson<{ items: SessionItem[] }>(`/api/processes/${encodeURIComponent(slug)}/sessions`) });
  return <SessionList slug={slug} items={data?.items ?? []} />;
}
