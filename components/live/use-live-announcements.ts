'use client';

// What changed in the session, said in words for the aria-live region: a new phase, the lock,
// private mode, a spotlight, a reveal, the timer's start, its warning and its end.
import { useTranslations } from 'next-intl';
import { useState } from 'react';

import type { Phase } from '@/lib/live/phases';
import type { SessionState } from '@/lib/live/session-state';

import { TIMER_WARNING_SECONDS } from './use-countdown';

type Seen = { state: SessionState; phaseId: string | null; secondsLeft: number | null };

export function useLiveAnnouncements(state: SessionState, phase: Phase | null, secondsLeft: number | null): string {
  const t = useTranslations('live.announce');
  const [said, setSaid] = useState('');
  const [seen, setSeen] = useState<Seen>({ state, phaseId: phase?.id ?? null, secondsLeft });
  const phaseId = phase?.id ?? null;
  // Compared with what was last seen while rendering (React's way to follow a changing value).
  if (seen.state !== state || seen.phaseId !== phaseId || seen.secondsLeft !== secondsLeft) {
    const before = seen.state;
    const lines: string[] = [];
    if (phase && phaseId !== seen.phaseId) lines.push(t('phase', { title: phase.title }));
    if (state.locked !== before.locked) lines.push(state.locked ? t('locked') : t('unlocked'));
    if (state.privateMode !== before.privateMode) lines.push(state.privateMode ? t('privateOn') : t('privateOff'));
    if (state.spotlight && JSON.stringify(state.spotlight) !== JSON.stringify(before.spotlight)) lines.push(t('spotlight'));
    if (state.round?.status === 'revealed' && before.round?.status !== 'revealed') lines.push(t('revealed'));
    if (state.timerEndsAt !== null && state.timerEndsAt !== before.timerEndsAt) lines.push(t('timerStarted'));
    if (secondsLeft !== seen.secondsLeft && secondsLeft === TIMER_WARNING_SECONDS) lines.push(t('timerWarning', { seconds: TIMER_WARNING_SECONDS }));
    if (secondsLeft !== seen.secondsLeft && secondsLeft === 0 && seen.secondsLeft !== null) lines.push(t('timeUp'));
    setSeen({ state, phaseId, secondsLeft });
    if (lines.length) setSaid(lines.join(' '));
  }
  return said;
}
