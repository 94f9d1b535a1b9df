'use client';

import { useCallback, useEffect, useState } from 'react';

import { useProcessEvents } from '@/components/live-events/use-process-events';
import { VoteButton } from '@/components/participation/vote-button';

/** Support for a map mark, live for everyone watching. */
export function AnnotationSupport({ slug, annotationId, canVote }: { slug: string; annotationId: string; canVote: boolean }) {
  const [votes, setVotes] = useState<{ supports: number; mine: number } | null>(null);
  const load = useCallback(async () => {
    const response = await fetch(`/api/votes?targetType=annotation&targetId=${annotationId}`, { cache: 'no-store' });
    if (response.ok) setVotes((await response.json()).votes);
  }, [annotationId]);
  useEffect(() => void load(), [load]);
  useProcessEvents(slug, (event) => event.type === 'vote' && event.targetId === annotationId && void load());
  if (!votes) return null;
  return <VoteButton targetType="annotation" targetId={annotationId} supports={votes.supports} mine={votes.mine} canVote={canVote} />;
}
