'use client';

// /p/<slug>/live/present: the projector's screen, readable from the back of the room: the map
// (following the facilitator), the join code and its QR code, the phase, the timer and the tallies.
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';

import { ProcessWorkspace } from '@/components/map/process-workspace';
import { fetchJson } from '@/lib/http/send-json';
import { dotItemLabeller } from '@/lib/live/dot-item-label';
import { queryKeys } from '@/components/live-events/query-keys';
import type { ProcessView } from '@/lib/schemas/process';

import { JoinCode } from './join-code';
import { LiveTally } from './live-tally';
import { LiveTimer } from './live-timer';
import { PresenterDots } from './presenter-dots';
import type { SessionItem } from './session-list';

export function PresenterView({ process }: { process: ProcessView }) {
  const t = useTranslations('live.present');
  const base = `/api/processes/${encodeURIComponent(process.slug)}/sessions`;
  // The list changes only when a session starts or ends, which the shared document's phase tells.
  const { data } = useQuery({ queryKey: queryKeys.liveSessions(process.slug), queryFn: () => fetchJson<{ items: SessionItem[] }>(base) });
  const running = data?.items.find((item) => item.status === 'live') ?? null;

  return (
    <div className="presenter">
      <ProcessWorkspace
        process={process}
        presenting
        aside={({ live, shared, map }) => (
          // Fits the screen without scrolling (1280×720 and up): the code and the phase side by side, the figures below.
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- on a screen smaller than a projector's the panel scrolls, and must be reachable by keyboard (axe scrollable-region-focusable)
          <aside className="side-panel presenter-panel" aria-labelledby="presenter-title" tabIndex={0} data-testid="presenter-panel">
            {!live.session || !running ? (
              <h1 id="presenter-title">{t('noSession')}</h1>
            ) : (
              <>
                <h1 id="presenter-title" className="presenter-session">
                  {live.session.title}
                </h1>
                <div className="presenter-top">
                  {running.code && <JoinCode code={running.code} closed={running.joinClosed} large />}
                  <div className="presenter-now">
                    <h2 className="presenter-phase" data-testid="presenter-phase">
                      {live.phase?.title ?? t('waiting')}
                    </h2>
                    {live.phase?.instructions && <p className="presenter-instructions">{live.phase.instructions}</p>}
                    <LiveTimer secondsLeft={live.secondsLeft} large />
                  </div>
                </div>
                <div className="presenter-figures">
                  <LiveTally categories={process.categories} marks={shared.annotations} since={running.startedAt} here={shared.peers.length} />
                  <PresenterDots
                    slug={process.slug}
                    sessionId={live.session.id}
                    map={map}
                    labelFor={dotItemLabeller({ marks: shared.annotations })}
                  />
                </div>
              </>
            )}
          </aside>
        )}
      />
    </div>
  );
}
