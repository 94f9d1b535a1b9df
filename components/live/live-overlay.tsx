'use client';

// What a participant sees of the live session over the map: the phase and its instructions, the
// timer, whether the map follows the facilitator, and why some actions are off right now.
import Link from 'next/link';
import { useTranslations } from 'next-intl';

import { phaseAllows, type Phase } from '@/lib/live/phases';
import type { SessionState } from '@/lib/live/session-state';

import { LiveTimer } from './live-timer';

type Props = {
  title: string;
  phase: Phase | null;
  state: SessionState;
  secondsLeft: number | null;
  following: boolean;
  onBackToFacilitator: () => void;
  spotlitProposal: { id: string; title: string } | null;
  slug: string;
  /** The dot-vote round and private mode's marks (they say themselves when they have nothing to show). */
  children?: React.ReactNode;
};

export function LiveOverlay({ title, phase, state, secondsLeft, following, onBackToFacilitator, spotlitProposal, slug, children }: Props) {
  const t = useTranslations('live.overlay');
  const closed = (['marks', 'comments', 'support'] as const).filter((what) => phase && !phaseAllows(phase, what));
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a panel that scrolls must be reachable by keyboard (axe scrollable-region-focusable)
    <section className="live-overlay" aria-labelledby="live-phase" tabIndex={0} data-testid="live-overlay" data-phase={phase?.id ?? ''}>
      <p className="live-overlay-session">{title}</p>
      <h2 id="live-phase" className="live-overlay-phase">
        {phase ? phase.title : t('waiting')}
      </h2>
      {phase?.instructions && <p className="live-overlay-instructions">{phase.instructions}</p>}
      <LiveTimer secondsLeft={secondsLeft} />
      {state.locked && (
        <p className="live-note" data-testid="live-locked">
          {t('locked')}
        </p>
      )}
      {!state.locked && closed.length > 0 && (
        <p className="live-note" data-testid="live-phase-closed">
          {t('closedInPhase', { what: closed.map((what) => t(`what.${what}`)).join(', ') })}
        </p>
      )}
      {spotlitProposal && (
        <p className="live-note" data-testid="live-spotlight">
          {t('spotlightProposal')} <Link href={`/p/${slug}/proposals/${spotlitProposal.id}`}>{spotlitProposal.title}</Link>
        </p>
      )}
      {children}
      {!following && (
        <button type="button" className="button" onClick={onBackToFacilitator} data-testid="back-to-facilitator">
          {t('backToFacilitator')}
        </button>
      )}
    </section>
  );
}
