'use client';

import { useQuery } from '@tanstack/react-query';

import { fetchJson } from '@/lib/http/send-json';

import { SessionList, type SessionItem } from './session-list';

/** The process's sessions, read-only: ended ones link to their summary. */
export function SessionHistory({ slug }: { slug: string }) {
  const { data } = useQuery({ queryKey: ['live', slug, 'sessions'], queryFn: () => fetchJson<{ items: SessionItem[] }>(`/api/processes/${encodeURIComponent(slug)}/sessions`) });
  return <SessionList slug={slug} items={data?.items ?? []} />;
}
