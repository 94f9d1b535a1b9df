'use client';

import { useTranslations } from 'next-intl';

import { formatCountdown, TIMER_WARNING_SECONDS } from './use-countdown';

/** The countdown everyone sees, in the warning colour near the end. */
export function LiveTimer({ secondsLeft, large = false }: { secondsLeft: number | null; large?: boolean }) {
  const t = useTranslations('live.timer');
  if (secondsLeft === null) return null;
  const warning = secondsLeft <= TIMER_WARNING_SECONDS;
  return (
    <p className={`live-timer${warning ? ' live-timer-warning' : ''}${large ? ' live-timer-large' : ''}`} data-testid="live-timer" data-warning={warning}>
      <span className="visually-hidden">{t('label')} </span>
      <span role="timer">{secondsLeft === 0 ? t('up') : formatCountdown(secondsLeft)}</span>
    </p>
  );
}
