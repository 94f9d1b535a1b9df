'use client';

// The facilitator's controls over everyone's screen: the phase, the timer, follow me, the
// spotlight, the lock and private mode. Each writes one key of the shared document's session map.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useTranslations } from 'next-intl';
import { useCallback, useState } from 'react';

import type { WorkspaceState } from '@/components/map/workspace-mode';
import type { Phase } from '@/lib/live/phases';
import type { Follow, SessionState, Spotlight } from '@/lib/live/session-state';

import { LiveTimer } from './live-timer';
import { ProposalSpotlight } from './proposal-spotlight';
import { useCountdown } from './use-countdown';
import { useFollowWriter, viewOf } from './use-follow-writer';

const TIMER_MINUTES = [1, 3, 5, 10, 15];

type Props = {
  slug: string;
  phases: Phase[];
  state: SessionState;
  write: (patch: Partial<SessionState>) => void;
  map: MapLibreMap | null;
  mode: WorkspaceState['mode'];
  /** Private mode's reveal (live-votes' route), offered while private mode is on. */
  onReveal?: () => void;
};

/** What the facilitator has open on their map, to put in the spotlight. */
function selectedItem(mode: WorkspaceState['mode']): Spotlight | null {
  if (mode.name === 'selected' || mode.name === 'editing') return { type: 'mark', id: mode.id };
  if (mode.name === 'inspecting') return { type: 'feature', id: mode.feature.featureId, layerId: mode.feature.layerId };
  return null;
}

export function SessionSteering({ slug, phases, state, write, map, mode, onReveal }: Props) {
  const t = useTranslations('live.console');
  const [minutes, setMinutes] = useState(5);
  const secondsLeft = useCountdown(state.timerEndsAt);
  const writeFollow = useCallback((follow: Follow) => write({ follow }), [write]);
  useFollowWriter(map, state.follow !== null, writeFollow);
  const selected = selectedItem(mode);

  return (
    <>
      <section aria-labelledby="console-phase">
        <h3 id="console-phase">{t('phase')}</h3>
        <div className="phase-switcher" role="group" aria-labelledby="console-phase">
          {phases.map((phase, index) => (
            <button key={phase.id} type="button" className="button button-quiet" aria-pressed={state.phase === phase.id} onClick={() => write({ phase: phase.id })}>
              {index + 1}. {phase.title}
            </button>
          ))}
        </div>
      </section>
      <section aria-labelledby="console-timer">
        <h3 id="console-timer">{t('timer')}</h3>
        <LiveTimer secondsLeft={secondsLeft} />
        <div className="console-row">
          <label>
            {t('minutes')}
            <select value={minutes} onChange={(event) => setMinutes(Number(event.target.value))}>
              {TIMER_MINUTES.map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button button-quiet" onClick={() => write({ timerEndsAt: Date.now() + minutes * 60_000 })}>
            {t('startTimer')}
          </button>
          {state.timerEndsAt !== null && (
            <button type="button" className="button button-quiet" onClick={() => write({ timerEndsAt: null })}>
              {t('stopTimer')}
            </button>
          )}
        </div>
      </section>
      <section aria-labelledby="console-room">
        <h3 id="console-room">{t('room')}</h3>
        <div className="console-toggles">
          <button type="button" className="button button-quiet" aria-pressed={state.follow !== null} disabled={!map} onClick={() => map && write({ follow: state.follow ? null : viewOf(map) })} data-testid="follow-me">
            {t('followMe')}
          </button>
          <button type="button" className="button button-quiet" aria-pressed={state.locked} onClick={() => write({ locked: !state.locked })} data-testid="lock-map">
            {t('lock')}
          </button>
          <button type="button" className="button button-quiet" aria-pressed={state.privateMode} onClick={() => write({ privateMode: !state.privateMode })} data-testid="private-mode">
            {t('privateMode')}
          </button>
          {state.privateMode && onReveal && (
            <button type="button" className="button" onClick={onReveal} data-testid="reveal-private">
              {t('revealPrivate')}
            </button>
          )}
        </div>
        <p className="hint">{selected ? t('spotlightReady') : t('spotlightHint')}</p>
        <div className="console-row">
          <button type="button" className="button button-quiet" disabled={!selected} onClick={() => write({ spotlight: selected })} data-testid="spotlight">
            {t('spotlight')}
          </button>
          {state.spotlight && (
            <button type="button" className="button button-quiet" onClick={() => write({ spotlight: null })}>
              {t('clearSpotlight')}
            </button>
          )}
        </div>
        <ProposalSpotlight slug={slug} onShow={(spotlight) => write({ spotlight })} />
      </section>
    </>
  );
}
