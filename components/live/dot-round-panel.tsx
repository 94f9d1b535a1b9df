'use client';

// The facilitator's dot-vote round: open one, watch the dots come in, stop it, show the results
// (ranking here, heat map on the map through `onResults`). Other screens learn of it through the
// process's event stream; `onRoundChange` lets the console mirror it into the session's shared state.
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

import { FormError } from '@/components/ui/form-error';
import type { DotItem, RevealedResult, RoundInput } from '@/lib/live/dot-round';
import type { RoundState } from '@/lib/live/session-state';

import { DotResults } from './dot-results';
import { DotRoundForm } from './dot-round-form';
import { useDotRound, useSecondsLeft } from './use-dot-round';

type Props = {
  slug: string;
  sessionId: string;
  labelFor?: (item: DotItem) => string | null;
  onRoundChange?: (round: RoundState | null) => void;
  onResults?: (results: RevealedResult[] | null) => void;
};

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

export function DotRoundPanel({ slug, sessionId, labelFor, onRoundChange, onResults }: Props) {
  const t = useTranslations('live.votes.panel');
  const rounds = useDotRound(slug, sessionId);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const round = rounds.answer?.round ?? null;
  const secondsLeft = useSecondsLeft(round?.status === 'open' ? round.endsAt : null);
  const status = round?.status === 'open' && secondsLeft === 0 ? 'closed' : round?.status;

  const roundId = round?.id ?? null;
  const state = round && { id: round.id, endsAt: round.endsAt, status: status ?? round.status, liveResults: round.liveResults };
  const stateKey = JSON.stringify(state);
  // Braces, never an arrow's value: whatever a callback returns would become the effect's cleanup,
  // and React calls a cleanup that is not a function on the next run (it took the console down at the reveal).
  useEffect(() => {
    onRoundChange?.(state);
  }, [stateKey]); // eslint-disable-line react-hooks/exhaustive-deps -- the key is the state
  const revealed = status === 'revealed' ? (rounds.answer?.results as RevealedResult[]) : null;
  useEffect(() => {
    onResults?.(revealed);
  }, [revealed]); // eslint-disable-line react-hooks/exhaustive-deps -- new results only

  const run = (action: () => Promise<unknown>) => async () => {
    setBusy(true);
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="dot-round-panel" aria-labelledby="dot-round-title">
      <h2 id="dot-round-title">{t('title')}</h2>
      {!rounds.loaded ? (
        <p role="status">{t('loading')}</p>
      ) : status === 'open' || status === 'closed' ? (
        <>
          <p role="status" aria-live="polite">
            {status === 'open' ? t('running', { count: round!.total }) : t('closed', { count: round!.total })}
            {status === 'open' && secondsLeft !== null ? ` ${t('endsIn', { time: clock(secondsLeft) })}` : ''}
          </p>
          {/* The status already says when no dot is in: the ranking waits for the first. */}
          {rounds.answer?.results && round!.total > 0 && <DotResults results={rounds.answer.results} labelFor={labelFor} />}
          <div className="form-actions">
            {status === 'open' && (
              <button type="button" className="button button-quiet" onClick={run(() => rounds.close(roundId!))} disabled={busy}>
                {t('close')}
              </button>
            )}
            <button type="button" className="button" onClick={run(() => rounds.reveal(roundId!))} disabled={busy}>
              {t('reveal')}
            </button>
          </div>
        </>
      ) : (
        <>
          {revealed && <DotResults results={revealed} labelFor={labelFor} />}
          {revealed && <h3>{t('another')}</h3>}
          <DotRoundForm busy={busy} onOpen={(input: RoundInput) => void run(() => rounds.open(input))()} />
        </>
      )}
      <FormError failure={failure} />
    </section>
  );
}
