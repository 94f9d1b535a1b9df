'use client';

import { useTranslations } from 'next-intl';

import type { Ended } from './use-shared-map';

/** Said once when the server has ended this person's connection for good; the page stops reconnecting. */
export function ConnectionEnded({ ended }: { ended: Ended }) {
  const t = useTranslations('annotations.ended');
  if (!ended) return null;
  return (
    <div className="toast toast-error" role="alert" data-testid="connection-ended">
      <strong>{t('title')}</strong>
      <p>{t(`reasons.${ended.reason}`)}</p>
    </div>
  );
}
