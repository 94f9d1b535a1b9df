'use client';

// The facilitator's console beside the map while a session runs: the join code with its QR code,
// the steering controls, the participants and "End session".
import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useState } from 'react';

import type { WorkspaceContext } from '@/components/map/process-workspace';
import { sendJson } from '@/lib/http/send-json';
import { dotItemLabeller } from '@/lib/live/dot-item-label';
import type { RevealedResult } from '@/lib/live/dot-round';
import type { SessionState } from '@/lib/live/session-state';

import { FormError } from '../ui/form-error';
import { DotRoundPanel } from './dot-round-panel';
import { JoinCode } from './join-code';
import { JoinDoor } from './join-door';
import { ParticipantList } from './participant-list';
import { PrivateMarks } from './private-marks';
import { SessionSteering } from './session-steering';
import { useDotHeat } from './use-dot-heat';

const AFTER_SESSION: Partial<SessionState> = { timerEndsAt: null, follow: null, spotlight: null, locked: false, privateMode: false, round: null };

type Props = { context: WorkspaceContext; sessionId: string; title: string; code: string | null; joinClosed: boolean; onEnded: (id: string) => void };

export function SessionConsole({ context, sessionId, title, code, joinClosed, onEnded }: Props) {
  const t = useTranslations('live.console');
  const { process, shared, map, live, mode, sidePanel } = context;
  const base = `/api/processes/${encodeURIComponent(process.slug)}/sessions/${encodeURIComponent(sessionId)}`;
  const [failure, setFailure] = useState<unknown>(null);
  const [ending, setEnding] = useState(false);
  const labelFor = useMemo(() => dotItemLabeller({ marks: shared.annotations }), [shared.annotations]);
  // The revealed round's heat on the map, drawn once the map is there (it may come after the results).
  const [results, setResults] = useState<RevealedResult[] | null>(null);
  useDotHeat(map, results);
  const run = async (action: () => Promise<unknown>) => {
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure(error);
    }
  };
  // The collab server names the running session in the document; its first phase is written here once it has.
  const first = live.session?.phases[0]?.id;
  useEffect(() => {
    if (first && shared.synced && shared.session.sessionId === sessionId && shared.session.phase === null) shared.writeSession({ phase: first });
  }, [first, shared, sessionId]);
  const end = () =>
    run(async () => {
      setEnding(true);
      // Everyone's screen is left as it was before the session (the server itself forgets the session's id).
      shared.writeSession(AFTER_SESSION);
      await sendJson(`${base}/end`, 'POST').finally(() => setEnding(false));
      onEnded(sessionId);
    });

  return (
    <div className="side-panel live-console" data-testid="live-console">
      <h1 id="console-title">{title}</h1>
      {code && <JoinCode code={code} closed={joinClosed} />}
      <JoinDoor slug={process.slug} sessionId={sessionId} closed={joinClosed} />
      <FormError failure={failure} />
      <SessionSteering
        slug={process.slug}
        phases={live.session?.phases ?? []}
        state={shared.session}
        write={shared.writeSession}
        map={map}
        mode={mode}
        onReveal={() => void run(() => sendJson(`${base}/private-marks/reveal`, 'POST'))}
      />
      <PrivateMarks slug={process.slug} sessionId={sessionId} map={map} privateMode={shared.session.privateMode} facilitator />
      <DotRoundPanel
        slug={process.slug}
        sessionId={sessionId}
        labelFor={labelFor}
        onRoundChange={(round) => shared.writeSession({ round })}
        onResults={setResults}
      />
      <ParticipantList base={base} peers={shared.peers} />
      <button type="button" className="button button-danger" disabled={ending} onClick={() => void end()} data-testid="end-session">
        {t('end')}
      </button>
      {/* The marks, proposals and layers, to open one and put it in the spotlight. */}
      {sidePanel}
    </div>
  );
}
