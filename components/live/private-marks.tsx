'use client';

// Private mode on this person's map: their own private marks (a facilitator: everyone's) drawn as
// private, with how many there are said in words. Kept current by the process's event stream.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef } from 'react';

import { useProcessEvents } from '@/components/live-events/use-process-events';
import { removePrivateMarks, showPrivateMarks } from '@/lib/map/private-marks-layer';

import { loadPrivateMarks, usePrivateMarks } from './private-marks-store';

type Props = { slug: string; sessionId: string | null; map: MapLibreMap | null; privateMode: boolean; facilitator: boolean };

export function PrivateMarks({ slug, sessionId, map, privateMode, facilitator }: Props) {
  const t = useTranslations('live.votes.private');
  const { marks, pending } = usePrivateMarks(slug, sessionId);
  const shown = useMemo(() => marks.filter((mark) => !mark.revealed), [marks]);
  // A facilitator's map draws the newest SHOWN_MAX; the rest are counted, not drawn.
  const notDrawn = Math.max(0, pending - shown.length);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (sessionId) void loadPrivateMarks(slug, sessionId);
  }, [slug, sessionId, privateMode]);
  useEffect(() => () => clearTimeout(timer.current), []);
  useProcessEvents(
    slug,
    (event) => {
      if (event.type !== 'privateMarks' || event.targetId !== sessionId) return;
      if (!facilitator && event.targetType !== 'reveal') return;
      // A burst of new marks is read once.
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void loadPrivateMarks(slug, sessionId), 300);
    },
    (reconnected) => {
      if (reconnected && sessionId) void loadPrivateMarks(slug, sessionId);
    },
  );
  useEffect(() => {
    if (!map) return;
    if (shown.length > 0) showPrivateMarks(map, shown);
    else removePrivateMarks(map);
  }, [map, shown]);

  if (!sessionId || (!privateMode && shown.length === 0)) return null;
  return (
    <p className="live-note private-marks-note" role="status" aria-live="polite" data-testid="private-marks">
      <strong>{t('badge')}</strong> {t('count', { count: Math.max(pending, shown.length) })} {notDrawn > 0 ? t('notDrawn', { shown: shown.length, count: notDrawn }) : null}{' '}
      {facilitator ? null : t('hint')}
    </p>
  );
}
