'use client';

// The dot-vote round on the projector: how many dots the room has placed so far, and the items with
// the most dots once everyone may see them (live results, or after the reveal), the revealed heat
// on the map as on the facilitator's. Kept current by the process's event stream through useDotRound:
// a dot's signal carries the new total.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useTranslations } from 'next-intl';

import type { DotItem, RevealedResult } from '@/lib/live/dot-round';

import { DotResults } from './dot-results';
import { useDotRound } from './use-dot-round';
import { useDotHeat } from './use-dot-heat';

/** The ranking's length: what a room reads at a glance, and what fits beside the tallies. */
const TOP = 3;

type Props = { slug: string; sessionId: string; map: MapLibreMap | null; labelFor?: (item: DotItem) => string | null };

export function PresenterDots({ slug, sessionId, map, labelFor }: Props) {
  const t = useTranslations('live.present');
  const { answer } = useDotRound(slug, sessionId);
  const revealed = answer?.round.status === 'revealed' ? (answer.results as RevealedResult[] | null) : null;
  useDotHeat(map, revealed);
  if (!answer) return null;
  const { round, results } = answer;
  // The presenter signs in as staff, who see counts early; the room sees them only when everyone may.
  const everyone = round.status === 'revealed' || round.liveResults;
  return (
    <section aria-labelledby="presenter-dots-title" className="presenter-dots" data-testid="presenter-dots">
      <h2 id="presenter-dots-title" className="visually-hidden">
        {t('dotsTitle')}
      </h2>
      <p className="live-tally-here" data-testid="tally-dots">
        {t('dots', { count: round.total })}
      </p>
      {everyone && results && <DotResults results={results.slice(0, TOP)} labelFor={labelFor} />}
    </section>
  );
}
