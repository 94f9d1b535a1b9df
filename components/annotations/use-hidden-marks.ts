'use client';

// Marks a moderator has hidden, kept current by change signals. Everyone learns which ids are
// hidden (the map leaves them out); moderators also receive their content, to see and restore them.
import { useQuery } from '@tanstack/react-query';

import { queryKeys } from '@/components/live-events/query-keys';
import { annotationSchema, type Annotation } from '@/lib/collab/annotation';

export type HiddenMark = { id: string; reason: string; annotation: Annotation | null };

async function fetchHidden(slug: string): Promise<Map<string, HiddenMark>> {
  const response = await fetch(`/api/processes/${encodeURIComponent(slug)}/hidden`, { cache: 'no-store' });
  if (!response.ok) return new Map();
  const { annotations } = (await response.json()) as { annotations: ({ id: string; reason: string; annotation?: unknown } & Record<string, unknown>)[] };
  return new Map(
    annotations.map((entry) => {
      const content = annotationSchema.safeParse(entry.annotation ?? entry);
      return [entry.id, { id: entry.id, reason: entry.reason ?? '', annotation: content.success ? content.data : null }];
    }),
  );
}

export function useHiddenMarks(slug: string): Map<string, HiddenMark> {
  const { data } = useQuery({ queryKey: queryKeys.hiddenMarks(slug), queryFn: () => fetchHidden(slug) });
  return data ?? EMPTY;
}
const EMPTY = new Map<string, HiddenMark>();
