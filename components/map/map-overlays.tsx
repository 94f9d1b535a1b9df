'use client';

// What floats over the map: the drawing tools, the view buttons, notes about what is shown, and
// the last problem. Laid out so none of it covers another or the mark's sheet.
import type { Map as MapLibreMap } from 'maplibre-gl';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { Dispatch, ReactNode } from 'react';

import { DrawToolbar } from '@/components/annotations/draw-toolbar';
import { useProcessRules } from '@/components/process/process-context';
import type { ProcessView } from '@/lib/schemas/process';

import { featureAt } from './feature-inspector';
import type { LayerView } from './use-layer-view';
import { toolOf, type WorkspaceEvent, type WorkspaceState } from './workspace-mode';

type Draw = { corners: unknown[]; finish: () => unknown; undo: () => void };
/** `children`: the mark's sheet, placed below the tools so it never covers them. */
/** `drawOffReason`: why drawing is off for now although this person may draw (a live session's phase). */
/** `readOnly`: a display nobody works at (the projector): no view buttons, no notes, and the sheet only shows. */
type Props = { map: MapLibreMap | null; process: ProcessView; state: WorkspaceState; dispatch: Dispatch<WorkspaceEvent>; draw: Draw; layerView: LayerView; drawOffReason?: string | null; readOnly?: boolean; children: ReactNode };

export function MapOverlays({ map, process, state, dispatch, draw, layerView, drawOffReason = null, readOnly = false, children }: Props) {
  const t = useTranslations();
  const { locked, can } = useProcessRules();
  const tool = toolOf(state.mode);

  const inspectCentre = () => {
    if (!map) return;
    // For keyboard users: the feature under the map's centre, like a click there.
    const canvas = map.getCanvas();
    const centre = map.getCenter();
    const found = featureAt(map, process.layers, { x: canvas.clientWidth / 2, y: canvas.clientHeight / 2 }, [centre.lng, centre.lat]);
    dispatch({ type: 'featurePicked', feature: found });
    dispatch(found ? { type: 'problemDismissed' } : { type: 'problemFound', problem: t('layers.feature.nothingAtCentre') });
  };

  return (
    <>
      {tool !== 'select' && <div className="map-crosshair" aria-hidden="true" />}
      {!readOnly && (
        <div className="map-view-controls">
          <button type="button" className="button button-quiet" aria-pressed={layerView.threeD} onClick={() => layerView.setThreeD(!layerView.threeD)}>
            {layerView.threeD ? t('layers.view.flat') : t('layers.view.threeD')}
          </button>
          {map && (
            <button type="button" className="button button-quiet" onClick={inspectCentre}>
              {t('layers.feature.inspectCentre')}
            </button>
          )}
          {process.scenarios.length >= 2 && (
            <Link className="button button-quiet" href={`/p/${process.slug}/compare`}>
              {t('layers.scenarios.compare')}
            </Link>
          )}
        </div>
      )}
      <div className="map-overlays">
        {(state.mayDraw || drawOffReason) && (
          <DrawToolbar
            tool={tool}
            onTool={(next) => dispatch({ type: 'toolChosen', tool: next })}
            corners={draw.corners.length}
            onFinish={draw.finish}
            onUndo={draw.undo}
            onCancel={() => dispatch({ type: 'cancelled' })}
            offReason={state.mayDraw ? null : drawOffReason}
          />
        )}
        {locked && !can('session.run') && (
          <p className="map-banner" role="status" data-testid="locked-banner">
            {t('process.lockedNote')}
          </p>
        )}
        {!readOnly && layerView.illustrativeShown.length > 0 && (
          <p className="map-banner" role="note" data-testid="illustrative-banner">
            {t('process.illustrativeBanner', { names: layerView.illustrativeShown.map((layer) => layer.name).join(', ') })}
          </p>
        )}
        {state.problem && (
          <p className="form-error map-problem" role="alert">
            {state.problem}
          </p>
        )}
        <div className="mark-sheet" inert={readOnly || undefined}>
          {children}
        </div>
      </div>
    </>
  );
}
