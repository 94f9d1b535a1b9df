'use client';

// A participant's part of a dot-vote round in the live overlay: how many dots are left while the round
// runs (the dot button itself is on the card of the mark or place at hand), and once the facilitator
// reveals it, the ranking and the heat of dots on the map. After the vote's phase the ranking folds
// away behind a disclosure, so it never squeezes the phase card.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';

import type { WorkspaceState } from '@/components/map/workspace-mode';
import { itemKey, type DotItem, type RevealedResult } from '@/lib/live/dot-round';

import { DotResults } from './dot-results';
import { DotVoteButton } from './dot-vote-button';
import { useDotRound } from './use-dot-round';
import { useDotHeat } from './use-dot-heat';

/** The mark or layer feature open on the map, as an item of the round. */
export function dotItemOf(mode: WorkspaceState['mode']): DotItem | null {
  if (mode.name === 'selected') return { itemType: 'mark', itemId: mode.id };
  if (mode.name === 'inspecting') return { itemType: 'feature', itemId: mode.feature.featureId, layerId: mode.feature.layerId };
  return null;
}

type Props = {
  slug: string;
  sessionId: string;
  mode: WorkspaceState['mode'];
  map: MapLibreMap | null;
  /** The phase allows dots: the round's place in the agenda (its results stay open while it lasts). */
  voting: boolean;
  labelFor?: (item: DotItem) => string | null;
};

export function LiveDots({ slug, sessionId, mode, map, voting, labelFor }: Props) {
  const t = useTranslations('live.votes.results');
  const rounds = useDotRound(slug, sessionId);
  const { answer, reload } = rounds;
  const revealed = answer?.round.status === 'revealed' ? (answer.results as RevealedResult[] | null) : null;
  useDotHeat(map, revealed);
  const open = dotItemOf(mode);
  const openKey = open ? itemKey(open) : null;
  // The card placed its dots with a view of its own: once it closes, the count here is read again.
  const wasOpen = useRef<string | null>(null);
  useEffect(() => {
    if (voting && openKey === null && wasOpen.current !== null) reload();
    wasOpen.current = openKey;
  }, [voting, openKey, reload]);
  if (revealed) {
    return (
      <details className="live-dot-results" open={voting} data-testid="live-dot-results">
        <summary>{t('summary', { count: revealed.length })}</summary>
        <DotResults results={revealed} labelFor={labelFor} />
      </details>
    );
  }
  // While a card is open, its own button says what is left; here, what to do.
  return voting && !open ? <DotVoteButton slug={slug} sessionId={sessionId} item={null} /> : null;
}
