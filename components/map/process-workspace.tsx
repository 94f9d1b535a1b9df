'use client';

// The map workspace: the side panel, the map with what floats over it, and the sheet of the mark
// or feature at hand, all driven by one state machine of the map's modes (./workspace-mode.ts).
import type { Map as MapLibreMap } from 'maplibre-gl';
import dynamic from 'next/dynamic';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useMemo, useReducer, useState, type ReactNode } from 'react';

import { ConnectionEnded } from '@/components/annotations/connection-ended';
import { useSharedMap, type Me } from '@/components/annotations/use-shared-map';
import { useWorkspaceMarks } from '@/components/annotations/use-workspace-marks';
import '@/components/live/live.css';
import { DotVoteButton } from '@/components/live/dot-vote-button';
import { LiveDots } from '@/components/live/live-dots';
import { LiveOverlay } from '@/components/live/live-overlay';
import { PresenceBar } from '@/components/live/presence-bar';
import { PrivateMarks } from '@/components/live/private-marks';
import { useLiveWorkspace, type LiveWorkspace } from '@/components/live/use-live-workspace';

import { LiveRulesProvider, RulesProvider, useLiveRules, useProcessRules } from '@/components/process/process-context';
import { representativePoint } from '@/lib/geo/representative-point';
import { dotItemLabeller } from '@/lib/live/dot-item-label';
import { categoryLabelFor, titleFor } from '@/lib/process/localized';
import type { DotItem } from '@/lib/live/dot-round';
import type { ProcessView } from '@/lib/schemas/process';

import { MapOverlays } from './map-overlays';
import { markChange } from './mark-change';
import { MarkSheet } from './mark-sheet';
import { SkipToMap } from './skip-to-map';
import { SidePanel } from './side-panel';
import { useLayerView } from './use-layer-view';
import { useMapInteractions } from './use-map-interactions';
import { useMarkActions } from './use-mark-actions';
import { WorkspaceToasts } from './workspace-toasts';
import { initialWorkspace, selectedIdOf, workspaceReducer, type WorkspaceState } from './workspace-mode';

const ProcessMap = dynamic(() => import('./process-map'), { ssr: false, loading: () => <MapSkeleton /> });

function MapSkeleton() {
  const t = useTranslations('process');
  return (
    <div className="map-skeleton" role="status">
      {t('mapLoading')}
    </div>
  );
}

/** What a page beside the map (the live console, the presenter view) works with. */
export type WorkspaceContext = { process: ProcessView; shared: ReturnType<typeof useSharedMap>; map: MapLibreMap | null; live: LiveWorkspace; mode: WorkspaceState['mode']; sidePanel: ReactNode };
/**
 * `aside` takes the side panel's place (the live console, the presenter's panel); `steering`: this
 * person leads the live session, so the map does not follow it.
 */
type Props = { process: ProcessView; aside?: (context: WorkspaceContext) => ReactNode; steering?: boolean; presenting?: boolean };

export function ProcessWorkspace({ process: given, aside, steering = false, presenting = false }: Props) {
  const locale = useLocale();
  const { viewer, known } = useProcessRules();
  // `undefined` until a page rendered without the person knows who they are: the map waits to connect as them.
  const me = useMemo<Me | null | undefined>(() => (known ? viewer && { id: viewer.id, name: viewer.name, role: viewer.role } : undefined), [known, viewer]);
  // The kinds of marks named in the reader's language everywhere the workspace shows them.
  const process = useMemo(() => ({ ...given, categories: given.categories.map((category) => ({ ...category, label: categoryLabelFor(category, locale) })) }), [given, locale]);
  const shared = useSharedMap(process.slug, me, process.bounds);
  return (
    <LiveRulesProvider locked={shared.locked}>
      <Workspace process={process} shared={shared} signedIn={!!me} aside={aside} steering={steering} presenting={presenting} />
    </LiveRulesProvider>
  );
}

type InnerProps = Props & { shared: ReturnType<typeof useSharedMap>; signedIn: boolean };

function Workspace({ process, shared, signedIn, aside, steering = false, presenting = false }: InnerProps) {
  const t = useTranslations();
  const locale = useLocale();
  const { can: viewerCan } = useProcessRules();
  // A projector is a read-only display: whoever signed it in, it offers no action (and shows what everyone sees).
  const can: typeof viewerCan = presenting ? () => false : viewerCan;
  const mayEdit = shared.editable && can('annotation.create');
  const [state, dispatch] = useReducer(workspaceReducer, mayEdit, initialWorkspace);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const layerView = useLayerView(process);
  // A delete is sent when its Undo time is up: asked again then, as the map may have been locked or the
  // phase moved on meanwhile (the latest render's rules, which know the phase, are the ones it runs with).
  const removeIfAllowed = (id: string) => {
    const mark = shared.annotations.find((entry) => entry.id === id);
    if (mark && markChange(rules, { ...mark, hiddenReason: null }, shared.editable) === 'open') shared.remove(id);
  };
  const { marks, onMap, shownCategories, toggleCategory, deletes } = useWorkspaceMarks({ slug: process.slug, shared: shared.annotations, remove: removeIfAllowed, categories: process.categories, moderator: can('content.moderate') });
  const live = useLiveWorkspace({ slug: process.slug, state: shared.session, map, marks, dispatch, steering, signedIn });
  // The phase joins the rules for everything inside (drawing here; comments and support on a mark's card):
  // what participants may do now, as the server judges it; those who run the session are not held to it.
  const rules = useLiveRules({ phase: live.phase, readOnly: presenting });
  const mayDraw = mayEdit && rules.can('annotation.create');
  useEffect(() => dispatch({ type: 'rightsChanged', mayDraw }), [mayDraw]);
  const drawOffReason = mayEdit && !mayDraw && live.phase ? t('annotations.tools.offInPhase', { phase: live.phase.title }) : null;
  const actions = useMarkActions({ process, rules, state, dispatch, shared, scenarioId: layerView.scenarioId, scheduleDelete: deletes.schedule });
  const hiddenIds = useMemo(() => new Set(marks.filter((mark) => mark.hiddenReason !== null).map((mark) => mark.id)), [marks]);
  const { draw, mapArea } = useMapInteractions({ map, process, state, dispatch, marks: onMap, hiddenIds, peers: shared.peers, setPresence: shared.setPresence, explain: actions.explain });

  const openFromList = (id: string) => {
    const mark = marks.find((entry) => entry.id === id);
    if (!mark) return;
    dispatch({ type: 'markSelected', id, from: 'list' });
    map?.easeTo({ center: representativePoint(mark.geometry) as [number, number], duration: 400 });
  };
  // Closing a card returns focus where the person came from: the mark in the list, else the map.
  const focusAfterClose = (id: string) => {
    const entry = document.querySelector<HTMLElement>(`[data-annotation-id="${CSS.escape(id)}"]`);
    (entry ?? map?.getCanvas())?.focus();
  };

  // A participant's dots go on the card of the mark or place at hand (on a phone the card covers the overlay).
  const voteSession = live.session && !aside && rules.can('dots.place') ? live.session.id : null;
  const vote = voteSession ? (item: DotItem) => <DotVoteButton slug={process.slug} sessionId={voteSession} item={item} /> : undefined;
  const labelFor = useMemo(() => dotItemLabeller({ marks: shared.annotations }), [shared.annotations]);

  const sidePanel = (
    <SidePanel process={process} marks={marks} shownCategories={shownCategories} onToggleCategory={toggleCategory} selectedId={selectedIdOf(state.mode)} onOpenMark={openFromList} layerView={layerView} mapArea={mapArea} />
  );

  return (
    <RulesProvider value={rules}>
      <div className="workspace">
        <PresenceBar status={shared.status} peers={shared.peers} />
        <SkipToMap onSkip={() => (map?.getCanvas() ?? document.getElementById('map'))?.focus()} />
        {aside ? aside({ process, shared, map, live, mode: state.mode, sidePanel }) : sidePanel}
        <section id="map" className="map-area" aria-label={t('process.mapLabel', { title: titleFor(process, locale) })} tabIndex={-1}>
          <ProcessMap basemap={process.basemapSource} bounds={process.bounds} layers={process.layers} visible={layerView.visible} threeD={layerView.threeD} onReady={setMap} onLayerError={layerView.layerFailed} />
          <p className="visually-hidden" role="status" aria-live="polite" data-testid="live-announcer">
            {live.announcement}
          </p>
          <MapOverlays map={map} process={process} state={state} dispatch={dispatch} draw={draw} layerView={layerView} drawOffReason={drawOffReason} readOnly={presenting}>
            <MarkSheet process={process} state={state} dispatch={dispatch} marks={marks} actions={actions} online={shared.status !== 'offline'} readOnly={presenting} onClosed={focusAfterClose} vote={vote} />
          </MapOverlays>
          <WorkspaceToasts
            pendingDeletes={deletes.pending}
            onUndo={deletes.undo}
            layersChanged={layerView.changed}
            onShowLayers={layerView.acknowledgeChange}
            refusal={shared.refusal}
            onDismissRefusal={shared.dismissRefusal}
          >
            <ConnectionEnded ended={shared.ended} />
          </WorkspaceToasts>
        </section>
        {/* Beside the map, not in it: on a phone it sits under the map, so it never covers the map's own controls. */}
        {live.session && !aside && (
          <LiveOverlay
            title={live.session.title}
            phase={live.phase}
            state={shared.session}
            secondsLeft={live.secondsLeft}
            following={live.follow.following}
            onBackToFacilitator={live.follow.backToFacilitator}
            spotlitProposal={live.spotlitProposal}
            slug={process.slug}
          >
            <PrivateMarks slug={process.slug} sessionId={live.session.id} map={map} privateMode={shared.session.privateMode} facilitator={false} />
            <LiveDots slug={process.slug} sessionId={live.session.id} mode={state.mode} map={map} voting={rules.can('dots.place')} labelFor={labelFor} />
          </LiveOverlay>
        )}
      </div>
    </RulesProvider>
  );
}
