'use client';

// Wires the map to the workspace's mode: drawing, the marks' and proposals' layers, the feature
// inspector, the shape editor and this person's presence (cursor and draft) for the others.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState, type Dispatch } from 'react';

import type { Annotation } from '@/lib/collab/annotation';
import type { PresenceDraft, Peer } from '@/lib/collab/presence';
import type { Geometry, Position } from '@/lib/geo/geometry';
import type { ProcessView } from '@/lib/schemas/process';

import { useAnnotationLayers } from './annotation-layers';
import { useDrawTool } from './draw-tool';
import { useFeatureInspector } from './feature-inspector';
import { usePresenceLayers } from './presence-layers';
import { useProposalLayer } from './proposal-layer';
import { useShapeEditor } from './shape-editor';
import { picksOnClick, selectedIdOf, type WorkspaceEvent, type WorkspaceState } from './workspace-mode';

type Options = {
  map: MapLibreMap | null;
  process: ProcessView;
  state: WorkspaceState;
  dispatch: Dispatch<WorkspaceEvent>;
  marks: Annotation[];
  hiddenIds: ReadonlySet<string>;
  peers: Peer[];
  setPresence: (cursor: Position | null, draft: PresenceDraft | null) => void;
  /** Why a shape breaks the map's rules, in words, or null. */
  explain: (geometry: Geometry) => string | null;
};

export function useMapInteractions({ map, process, state, dispatch, marks, hiddenIds, peers, setPresence, explain }: Options) {
  const { mode } = state;
  const draft = useRef<PresenceDraft | null>(null);
  const picking = picksOnClick(mode);
  const selectedId = selectedIdOf(mode);

  const draw = useDrawTool({
    map,
    kind: mode.name === 'drawing' && state.mayDraw ? mode.tool : null,
    onFinish: (kind, geometry) => {
      const problem = explain(geometry);
      dispatch(problem ? { type: 'shapeRefused', problem } : { type: 'shapeFinished', shape: { kind, geometry } });
    },
    onProgress: (kind, corners, pointer) => {
      draft.current = kind && corners.length > 0 ? { kind, coordinates: corners } : null;
      setPresence(pointer, draft.current);
    },
    onCancel: () => dispatch({ type: 'cancelled' }),
  });

  useAnnotationLayers({ map, annotations: marks, categories: process.categories, selectedId, hiddenIds, selectable: picking, onSelect: (id) => dispatch({ type: 'markSelected', id, from: 'map' }) });
  usePresenceLayers(map, peers);
  useProposalLayer(map, process.slug, picking);
  useFeatureInspector({ map, layers: process.layers, enabled: picking, onPick: (feature) => dispatch({ type: 'featurePicked', feature }) });

  const selected = selectedId ? marks.find((a) => a.id === selectedId) : undefined;
  useShapeEditor({
    map,
    kind: mode.name === 'placing' ? mode.shape.kind : (selected?.kind ?? 'point'),
    geometry: mode.name === 'placing' ? mode.shape.geometry : mode.name === 'reshaping' ? mode.geometry : null,
    onChange: (geometry) => dispatch({ type: 'shapeMoved', geometry }),
  });

  const [mapArea, setMapArea] = useState<[number, number, number, number] | null>(null);
  useEffect(() => {
    if (!map) return;
    const update = () => setMapArea(map.getBounds().toArray().flat() as [number, number, number, number]);
    const move = (event: { lngLat: { lng: number; lat: number } }) => setPresence([event.lngLat.lng, event.lngLat.lat], draft.current);
    const out = () => setPresence(null, draft.current);
    update();
    map.on('moveend', update);
    map.on('mousemove', move);
    map.on('mouseout', out);
    return () => {
      map.off('moveend', update);
      map.off('mousemove', move);
      map.off('mouseout', out);
    };
  }, [map, setPresence]);

  return { draw, mapArea };
}
