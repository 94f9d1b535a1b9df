'use client';

import { useQuery } from '@tanstack/react-query';

import { queryKeys } from '@/components/live-events/query-keys';
import { VoteButton } from '@/components/participation/vote-button';
import type { TargetState } from '@/lib/policy/decide';

async function fetchVotes(annotationId: string): Promise<{ supports: number; mine: number } | null> {
  const response = await fetch(`/api/votes?targetType=annotation&targetId=${encodeURIComponent(annotationId)}`, { cache: 'no-store' });
  return response.ok ? (await response.json()).votes : null;
}

/** Support for a map mark, live for everyone watching. */
export function AnnotationSupport({ annotationId, canVote, target }: { annotationId: string; canVote: boolean; target: TargetState }) {
  const { data: votes } = useQuery({ queryKey: queryKeys.votes('annotation', annotationId), queryFn: () => fetchVotes(annotationId) });
  if (!votes) return null;
  return <VoteButton targetType="annotation" targetId={annotationId} supports={votes.supports} mine={votes.mine} canVote={canVote} target={target} />;
}
