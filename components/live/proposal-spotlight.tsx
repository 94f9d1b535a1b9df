'use client';

// The console's way to put a proposal in the spotlight (proposals open on their own page, so they
// cannot be "opened on the map" first as marks and places are): pick one from those on the map.
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

import { queryKeys } from '@/components/live-events/query-keys';
import type { Spotlight } from '@/lib/live/session-state';

type Placed = { id: string; title: string };

export function ProposalSpotlight({ slug, onShow }: { slug: string; onShow: (spotlight: Spotlight) => void }) {
  const t = useTranslations('live.console');
  // The map's proposal layer has fetched them (components/map/proposal-layer.ts): this reads its cache.
  const { data: proposals = [] } = useQuery<Placed[]>({ queryKey: queryKeys.placedProposals(slug), enabled: false });
  const [chosen, setChosen] = useState('');
  if (proposals.length === 0) return null;
  const id = proposals.some((proposal) => proposal.id === chosen) ? chosen : proposals[0].id;
  return (
    <div className="console-row">
      <label>
        {t('spotlightProposal')}
        <select value={id} onChange={(event) => setChosen(event.target.value)} data-testid="spotlight-proposal">
          {proposals.map((proposal) => (
            <option key={proposal.id} value={proposal.id}>
              {proposal.title}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button button-quiet" onClick={() => onShow({ type: 'proposal', id })} data-testid="spotlight-proposal-show">
        {t('spotlightProposalShow')}
      </button>
    </div>
  );
}
