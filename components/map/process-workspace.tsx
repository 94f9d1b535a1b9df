'use client';

import type { Map as MapLibreMap } from 'maplibre-gl';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import { isErrorCode } from '@/lib/errors/codes';
import { roleAllows, type Role } from '@/lib/policy/roles';
import { annotationSchema, newAnnotationId, type Annotation, type AnnotationKind } from '@/lib/collab/annotation';
import type { PresenceDraft } from '@/lib/collab/presence';
import { checkGeometry, type Geometry, type Position } from '@/lib/geo/geometry';
import { representativePoint } from '@/lib/geo/representative-point';
import { layersShown } from '@/lib/map/layers-shown';
import type { ProcessView } from '@/lib/schemas/process';

import { AnnotationCard } from '../annotations/annotation-card';
import { CommentThread } from '../comments/comment-thread';
import { AnnotationForm } from '../annotations/annotation-form';
import { AnnotationList } from '../annotations/annotation-list';
import { DrawToolbar, type Tool } from '../annotations/draw-toolbar';
import { AnnotationSupport } from '../annotations/annotation-support';
import { ConnectionEnded } from '../annotations/connection-ended';
import { useHiddenAnnotations } from '../annotations/use-hidden-annotations';
import { usePendingDeletes } from '../annotations/use-pending-deletes';
import { useSharedMap, type Me } from '../annotations/use-shared-map';
import { PresenceBar } from '../live/presence-bar';
import { FlagButton } from '@/components/participation/flag-button';
import { HideControl } from '@/components/moderation/hide-control';
import { ProposalList } from '../proposals/proposal-list';
import { useProcessEvents } from '@/components/live-events/use-process-events';
import { useAnnotationLayers } from './annotation-layers';
import { useDrawTool } from './draw-tool';
import { featureAt, featureName, useFeatureInspector, type PickedFeature } from './feature-inspector';
import { FeaturePanel } from './feature-panel';
import { LayerPanel } from './layer-panel';
import { usePresenceLayers } from './presence-layers';
import { useProposalLayer } from './proposal-layer';
import { useShapeEditor } from './shape-editor';

const ProcessMap = dynamic(() => import('./process-map'), { ssr: false, loading: () => <MapSkeleton /> });

function MapSkeleton() {
  const t = useTranslations('process');
  return (
    <div className="map-skeleton" role="status">
      {t('mapLoading')}
    </div>
  );
}

type Props = { process: ProcessView; me: Me | null };
type NewShape = { kind: AnnotationKind; geometry: Geometry; about?: { layerId: string; featureId: string; name: string } };

const visibleIn = (process: ProcessView, scenarioId: string | null) => layersShown(process.layers, process.scenarios, scenarioId);

export function ProcessWorkspace({ process, me }: Props) {
  const t = useTranslations();
  const shared = useSharedMap(process.slug, me, process.bounds);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [tab, setTab] = useState<'marks' | 'proposals' | 'layers'>('marks');
  const [scenarioId, setScenarioId] = useState<string | null>(null);
  const [visible, setVisible] = useState<Record<string, boolean>>(() => visibleIn(process, null));
  const [threeD, setThreeD] = useState(false);
  // Layers added while the page is open (after "Show the new layers") start as their defaults say.
  useEffect(() => {
    setVisible((current) => {
      const defaults = visibleIn(process, scenarioId);
      return Object.fromEntries(process.layers.map((layer) => [layer.id, current[layer.id] ?? defaults[layer.id]]));
    });
  }, [process.layers]); // eslint-disable-line react-hooks/exhaustive-deps -- only new layers need defaults
  const [picked, setPicked] = useState<PickedFeature | null>(null);
  const router = useRouter();
  const [layersChanged, setLayersChanged] = useState(false);
  useProcessEvents(process.slug, (event) => event.type === 'layers' && setLayersChanged(true));
  const [failingLayers, setFailingLayers] = useState<ReadonlySet<string>>(new Set());
  const layerFailed = useCallback((id: string) => setFailingLayers((current) => (current.has(id) ? current : new Set([...current, id]))), []);
  const [tool, setTool] = useState<Tool>('select');
  const [newShape, setNewShape] = useState<NewShape | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editingText, setEditingText] = useState(false);
  const [shapeDraft, setShapeDraft] = useState<Geometry | null>(null);
  const [shownCategories, setShownCategories] = useState(() => new Set(process.categories.map((c) => c.id)));
  const deletes = usePendingDeletes(shared.remove);
  const draft = useRef<PresenceDraft | null>(null);

  const hidden = useHiddenAnnotations(process.slug);
  const annotations = useMemo(() => shared.annotations.filter((a) => !deletes.pending.includes(a.id) && !hidden.has(a.id)), [shared.annotations, deletes.pending, hidden]);
  const onMap = useMemo(() => annotations.filter((a) => shownCategories.has(a.category)), [annotations, shownCategories]);
  const selected = annotations.find((a) => a.id === selectedId) ?? null;
  const canChange = (annotation: Annotation) => !!me && shared.editable && (annotation.authorId === me.id || roleAllows(me.role as Role, 'annotation.editAny'));
  const categoryOf = (id: string) => process.categories.find((c) => c.id === id);
  const illustrativeShown = process.layers.filter((layer) => layer.illustrative && visible[layer.id]);

  const select = useCallback((id: string | null) => {
    setSelectedId(id);
    if (id) setPicked(null);
    setEditingText(false);
    setShapeDraft(null);
  }, []);

  const chooseTool = useCallback((next: Tool) => {
    setTool(next);
    setProblem(null);
    setNewShape(null);
    if (next !== 'select') select(null);
  }, [select]);

  /** Close reasons read `key: detail`; the key picks the words shown to the person. */
  const refusalText = (reason: string) => {
    const key = reason.split(':')[0];
    if (isErrorCode(key)) return t(`errors.codes.${key}`);
    if (key.startsWith('shape.') && t.has(`annotations.problems.${key.slice(6)}`)) return t(`annotations.problems.${key.slice(6)}`);
    return t.has(`annotations.refused.reasons.${key}`) ? t(`annotations.refused.reasons.${key}`) : t('annotations.refused.reasons.generic');
  };

  const explain = (geometry: Geometry) => {
    const check = checkGeometry(geometry, process.bounds);
    return check.ok ? null : t(`annotations.problems.${check.problem}`);
  };

  const draw = useDrawTool({
    map,
    kind: tool === 'select' || !shared.editable ? null : tool,
    onFinish: (kind, geometry) => {
      const refused = explain(geometry);
      setProblem(refused);
      if (refused) return;
      // The new shape stays editable (its corners can be dragged) while its form is open.
      setNewShape({ kind, geometry });
      setTool('select');
    },
    onProgress: (kind, corners, pointer) => {
      draft.current = kind && corners.length > 0 ? { kind, coordinates: corners } : null;
      shared.setPresence(pointer, draft.current);
    },
    onCancel: () => chooseTool('select'),
  });

  useAnnotationLayers({ map, annotations: onMap, categories: process.categories, selectedId, selectable: tool === 'select' && !shapeDraft && !newShape, onSelect: select });
  usePresenceLayers(map, shared.peers);
  useProposalLayer(map, process.slug, tool === 'select' && !shapeDraft && !newShape);
  useFeatureInspector({ map, layers: process.layers, enabled: tool === 'select' && !shapeDraft && !newShape, onPick: (found) => { setPicked(found); if (found) setSelectedId(null); } });
  const pickedLayer = picked ? process.layers.find((layer) => layer.id === picked.layerId) : undefined;
  const pickedMarks = picked ? annotations.filter((a) => a.layerId === picked.layerId && a.featureId === picked.featureId) : [];
  const chooseScenario = (id: string | null) => {
    setScenarioId(id);
    setVisible(visibleIn(process, id));
  };
  const [mapArea, setMapArea] = useState<[number, number, number, number] | null>(null);
  useEffect(() => {
    if (!map) return;
    const update = () => setMapArea(map.getBounds().toArray().flat() as [number, number, number, number]);
    update();
    map.on('moveend', update);
    return () => {
      map.off('moveend', update);
    };
  }, [map]);
  useShapeEditor({
    map,
    kind: newShape?.kind ?? selected?.kind ?? 'point',
    geometry: newShape?.geometry ?? shapeDraft,
    onChange: (geometry) => (newShape ? setNewShape({ ...newShape, geometry }) : setShapeDraft(geometry)),
  });

  useEffect(() => {
    if (!map) return;
    const move = (event: { lngLat: { lng: number; lat: number } }) => shared.setPresence([event.lngLat.lng, event.lngLat.lat] as Position, draft.current);
    const out = () => shared.setPresence(null, draft.current);
    map.on('mousemove', move);
    map.on('mouseout', out);
    return () => {
      map.off('mousemove', move);
      map.off('mouseout', out);
    };
  }, [map, shared.setPresence]); // eslint-disable-line react-hooks/exhaustive-deps -- setPresence is stable

  const focusOn = (annotation: Annotation) => {
    select(annotation.id);
    map?.easeTo({ center: representativePoint(annotation.geometry) as [number, number], duration: 400 });
  };

  const saveNew = (values: { category: string; text: string }) => {
    if (!newShape || !me) return;
    const refused = explain(newShape.geometry);
    setProblem(refused);
    if (refused) return;
    const now = Date.now();
    const refs = { ...(newShape.about ? { layerId: newShape.about.layerId, featureId: newShape.about.featureId } : {}), ...(scenarioId ? { scenarioId } : {}) };
    const annotation = annotationSchema.safeParse({ id: newAnnotationId(), kind: newShape.kind, geometry: newShape.geometry, ...values, ...refs, authorId: me.id, authorName: me.name, createdAt: now, updatedAt: now });
    if (!annotation.success) return setProblem(t('annotations.problems.invalid'));
    shared.add(annotation.data);
    setNewShape(null);
    setTool('select');
    select(annotation.data.id);
  };

  const saveShape = () => {
    if (!selected || !shapeDraft) return;
    const refused = explain(shapeDraft);
    setProblem(refused);
    if (refused) return;
    shared.update(selected.id, { geometry: shapeDraft });
    setShapeDraft(null);
  };

  return (
    <div className="workspace">
      <PresenceBar status={shared.status} peers={shared.peers} />
      <aside className="side-panel" aria-label={t('process.panel')}>
        <section aria-labelledby="process-title">
          <h1 id="process-title">{process.title}</h1>
          <p className="process-description">{process.description}</p>
          {me && roleAllows(me.role as Role, 'content.moderate') && (
            <Link href={`/p/${process.slug}/moderation`} className="button button-quiet">
              {t('participation.moderation.link')}
            </Link>
          )}
        </section>
        <div className="tabs" role="tablist" aria-label={t('annotations.tabs.label')}>
          {(['marks', 'proposals', 'layers'] as const).map((name) => (
            <button key={name} type="button" role="tab" id={`tab-${name}`} aria-selected={tab === name} aria-controls={`tabpanel-${name}`} className="tab" onClick={() => setTab(name)}>
              {name === 'marks' ? t('annotations.tabs.marks', { count: annotations.length }) : t(`annotations.tabs.${name}`)}
            </button>
          ))}
        </div>
        <div role="tabpanel" id="tabpanel-marks" aria-labelledby="tab-marks" hidden={tab !== 'marks'}>
          {!me && <p className="hint">{t('annotations.tools.signInToDraw')}</p>}
          <AnnotationList
            annotations={annotations}
            categories={process.categories}
            shownCategories={shownCategories}
            onToggleCategory={(id, shown) => setShownCategories((current) => { const next = new Set(current); if (shown) next.add(id); else next.delete(id); return next; })}
            selectedId={selectedId}
            onSelect={(id) => { const found = annotations.find((a) => a.id === id); if (found) focusOn(found); }}
          />
        </div>
        <div role="tabpanel" id="tabpanel-proposals" aria-labelledby="tab-proposals" hidden={tab !== 'proposals'}>
          {tab === 'proposals' && <ProposalList slug={process.slug} categories={process.categories} canPropose={!!me && roleAllows(me.role as Role, 'proposal.create')} mapArea={mapArea} />}
        </div>
        <div role="tabpanel" id="tabpanel-layers" aria-labelledby="tab-layers" hidden={tab !== 'layers'}>
          <LayerPanel
            slug={process.slug}
            layers={process.layers}
            scenarios={process.scenarios}
            scenarioId={scenarioId}
            onScenario={chooseScenario}
            visible={visible}
            failing={failingLayers}
            onToggle={(id, on) => setVisible((v) => ({ ...v, [id]: on }))}
            canManage={!!me && roleAllows(me.role as Role, 'layer.manage')}
          />
        </div>
      </aside>
      <section className="map-area" aria-label={t('process.mapLabel', { title: process.title })}>
        <ProcessMap bounds={process.bounds} layers={process.layers} visible={visible} threeD={threeD} onReady={setMap} onLayerError={layerFailed} />
        {tool !== 'select' && <div className="map-crosshair" aria-hidden="true" />}
        <div className="map-view-controls">
          <button type="button" className="button button-quiet" aria-pressed={threeD} onClick={() => setThreeD(!threeD)}>
            {threeD ? t('layers.view.flat') : t('layers.view.threeD')}
          </button>
          {map && (
            <button
              type="button"
              className="button button-quiet"
              onClick={() => {
                // For keyboard users: the feature under the map's centre, like a click there.
                const canvas = map.getCanvas();
                const point = { x: canvas.clientWidth / 2, y: canvas.clientHeight / 2 };
                const centre = map.getCenter();
                const found = featureAt(map, process.layers, point, [centre.lng, centre.lat]);
                setPicked(found);
                setProblem(found ? null : t('layers.feature.nothingAtCentre'));
                if (found) setSelectedId(null);
              }}
            >
              {t('layers.feature.inspectCentre')}
            </button>
          )}
          {process.scenarios.length >= 2 && (
            <Link className="button button-quiet" href={`/p/${process.slug}/compare`}>
              {t('layers.scenarios.compare')}
            </Link>
          )}
        </div>
        <div className="map-overlays">
          {illustrativeShown.length > 0 && (
            <p className="map-banner" role="note" data-testid="illustrative-banner">
              {t('process.illustrativeBanner', { names: illustrativeShown.map((layer) => layer.name).join(', ') })}
            </p>
          )}
          {shared.editable && (
            <DrawToolbar tool={tool} onTool={chooseTool} corners={draw.corners.length} onFinish={draw.finish} onUndo={draw.undo} onCancel={() => chooseTool('select')} />
          )}
          {problem && (
            <p className="form-error map-problem" role="alert">
              {problem}
            </p>
          )}
          <div className="map-panel">
            {picked && pickedLayer && !newShape && !selected && (
              <FeaturePanel
                picked={picked}
                layer={pickedLayer}
                marks={pickedMarks}
                canAnnotate={shared.editable}
                onAnnotate={() => {
                  const name = featureName(picked) ?? t('layers.feature.untitled', { id: picked.featureId });
                  chooseTool('select');
                  setNewShape({ kind: 'point', geometry: { type: 'Point', coordinates: picked.lngLat }, about: { layerId: picked.layerId, featureId: picked.featureId, name } });
                }}
                onOpenMark={(id) => { const found = annotations.find((a) => a.id === id); if (found) focusOn(found); }}
                onClose={() => setPicked(null)}
              />
            )}
            {newShape && (
              <AnnotationForm title={newShape.about ? t('layers.feature.newMarkTitle', { name: newShape.about.name }) : t('annotations.form.newTitle')} categories={process.categories} onSave={saveNew} onCancel={() => { setNewShape(null); setProblem(null); }} />
            )}
            {selected && !newShape && (editingText ? (
              <AnnotationForm
                title={t('annotations.form.editTitle')}
                categories={process.categories}
                initial={{ category: selected.category, text: selected.text }}
                onSave={(values) => { shared.update(selected.id, values); setEditingText(false); }}
                onCancel={() => setEditingText(false)}
              />
            ) : (
              <AnnotationCard
                annotation={selected}
                about={[
                  selected.layerId && (process.layers.some((l) => l.id === selected.layerId) ? t('layers.feature.markAbout', { layer: process.layers.find((l) => l.id === selected.layerId)!.name }) : t('layers.feature.markAboutRemoved')),
                  selected.scenarioId && t('layers.scenarios.markIn', { name: process.scenarios.find((sc) => sc.id === selected.scenarioId)?.name ?? '—' }),
                ].filter(Boolean).join(' · ')}
                category={categoryOf(selected.category)}
                canChange={canChange(selected)}
                reshaping={!!shapeDraft}
                onClose={() => select(null)}
                onEdit={() => setEditingText(true)}
                onReshape={() => setShapeDraft(selected.geometry)}
                onSaveShape={saveShape}
                onCancelShape={() => { setShapeDraft(null); setProblem(null); }}
                onDelete={() => { deletes.schedule(selected.id); select(null); }}
                discussion={
                  shared.status !== 'offline' && (
                    <>
                    <div className="comment-actions">
                      <AnnotationSupport slug={process.slug} annotationId={selected.id} canVote={!!me && process.status === 'open'} />
                      {me && roleAllows(me.role as Role, 'content.flag') && me.id !== selected.authorId && <FlagButton targetType="annotation" targetId={selected.id} />}
                      {me && roleAllows(me.role as Role, 'content.moderate') && <HideControl targetType="annotation" targetId={selected.id} hidden={false} onDone={() => select(null)} />}
                      {me && roleAllows(me.role as Role, 'proposal.create') && (
                        <Link className="link-button" href={`/p/${process.slug}/proposals/new?mark=${selected.id}`}>{t('participation.proposals.fromMark')}</Link>
                      )}
                    </div>
                    <CommentThread
                      slug={process.slug}
                      targetType="annotation"
                      targetId={selected.id}
                      viewer={me && { id: me.id, canModerate: roleAllows(me.role as Role, 'content.moderate'), canFlag: roleAllows(me.role as Role, 'content.flag') }}
                      open={process.status === 'open'}
                    />
                    </>
                  )
                }
              />
            ))}
            {deletes.pending.length > 0 && (
              <p className="toast" role="status">
                {t('annotations.undo.deleted')}{' '}
                <button type="button" className="button button-quiet" onClick={() => deletes.undo(deletes.pending.at(-1)!)}>
                  {t('annotations.undo.undo')}
                </button>
              </p>
            )}
            {layersChanged && (
              <p className="toast" role="status" data-testid="layers-changed">
                {t('layers.changed')}{' '}
                <button type="button" className="button button-quiet" onClick={() => { setLayersChanged(false); router.refresh(); }}>
                  {t('layers.showChanges')}
                </button>
              </p>
            )}
            <ConnectionEnded ended={shared.ended} />
            {shared.refusal && (
              <div className="toast toast-error" role="alert">
                <strong>{t('annotations.refused.title')}</strong>
                <p>
                  {refusalText(shared.refusal.reason)} {t('annotations.refused.reloaded')}
                </p>
                <button type="button" className="button button-quiet" onClick={shared.dismissRefusal}>
                  {t('annotations.refused.dismiss')}
                </button>
              </div>
            )}
          </div>
        </div>
      </section>
    </div>
  );
}
