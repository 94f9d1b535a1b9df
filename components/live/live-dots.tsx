'use client';

// A participant's part of a dot-vote round: the dots on the item at hand while the round runs, and
// once the facilitator reveals it, the ranking here and the heat of dots on the map.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';

import type { WorkspaceState } from '@/components/map/workspace-mode';
import type { DotItem, RevealedResult } from '@/lib/live/dot-round';
import { removeDotHeat, showDotHeat } from '@/lib/map/dot-heat-layer';

import { DotResults } from './dot-results';
import { DotVoteButton } from './dot-vote-button';
import { useDotRound } from './use-dot-round';

/** The mark or layer feature open on the map, as an item of the round. */
export function dotItemOf(mode: WorkspaceState['mode']): DotItem | null {
  if (mode.name === 'selected') return { itemType: 'mark', itemId: mode.id };
  if (mode.name === 'inspecting') return { itemType: 'feature', itemId: mode.feature.featureId, layerId: mode.feature.layerId };
  return null;
}

type Props = { slug: string; sessionId: string; mode: WorkspaceState['mode']; map: MapLibreMap | null; voting: boolean };

export function LiveDots({ slug, sessionId, mode, map, voting }: Props) {
  const { answer } = useDotRound(slug, sessionId);
  const revealed = answer?.round.status === 'revealed' ? (answer.results as RevealedResult[] | null) : null;
  useEffect(() => {
    if (!map) return;
    if (revealed) showDotHeat(map, revealed);
    else removeDotHeat(map);
  }, [map, revealed]);
  if (revealed) return <DotResults results={revealed} />;
  return voting ? <DotVoteButton slug={slug} sessionId={sessionId} item={dotItemOf(mode)} /> : null;
}
