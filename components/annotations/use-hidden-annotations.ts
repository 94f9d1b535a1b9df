'use client';

import { useCallback, useEffect, useState } from 'react';

import { useProcessEvents } from '@/components/live-events/use-process-events';

/** Ids of marks a moderator has hidden, with the reason, kept current by change signals. */
export function useHiddenAnnotations(slug: string) {
  const [hidden, setHidden] = useState<Map<string, string>>(new Map());
  const load = useCallback(async () => {
    const response = await fetch(`/api/processes/${slug}/hidden`, { cache: 'no-store' });
    if (response.ok) setHidden(new Map((await response.json()).annotations.map((a: { id: string; reason: string }) => [a.id, a.reason])));
  }, [slug]);
  useEffect(() => void load(), [load]);
  useProcessEvents(slug, (event) => event.type === 'moderation' && void load());
  return hidden;
}
