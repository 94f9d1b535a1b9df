'use client';

// The facilitator's settings for a new dot-vote round: dots per person, most on one item, how long,
// and whether people see the results while they vote.
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';

import { DOTS_MAX, type RoundInput } from '@/lib/live/dot-round';

const DURATIONS = [0, 60, 120, 180, 300, 600];

export function DotRoundForm({ onOpen, busy }: { onOpen: (input: RoundInput) => void; busy: boolean }) {
  const t = useTranslations('live.votes.panel');
  const [dots, setDots] = useState(3);
  const [perItemMax, setPerItemMax] = useState(3);
  const [duration, setDuration] = useState(180);
  const [liveResults, setLiveResults] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onOpen({ dots, perItemMax: Math.min(perItemMax, dots), durationSeconds: duration || null, liveResults });
  };
  return (
    <form className="form dot-round-form" onSubmit={submit}>
      <label>
        {t('dots')}
        <input type="number" min={1} max={DOTS_MAX} value={dots} onChange={(event) => setDots(Math.max(1, Math.min(DOTS_MAX, Number(event.target.value) || 1)))} />
      </label>
      <label>
        {t('perItemMax')}
        <input type="number" min={1} max={dots} value={Math.min(perItemMax, dots)} onChange={(event) => setPerItemMax(Math.max(1, Number(event.target.value) || 1))} />
      </label>
      <label>
        {t('duration')}
        <select value={duration} onChange={(event) => setDuration(Number(event.target.value))}>
          {DURATIONS.map((seconds) => (
            <option key={seconds} value={seconds}>
              {seconds === 0 ? t('untilClosed') : t('minutes', { count: seconds / 60 })}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={liveResults} onChange={(event) => setLiveResults(event.target.checked)} />
        {t('liveResults')}
      </label>
      <button type="submit" className="button" disabled={busy}>
        {t('open')}
      </button>
    </form>
  );
}
