'use client';

// The sheet for one thing at a time: a feature's attributes, the form of a new mark, a mark's card
// or its edit form. On a phone it rises from the bottom with its buttons in reach.
import { useTranslations } from 'next-intl';
import type { Dispatch, ReactNode } from 'react';

import { AnnotationCard } from '@/components/annotations/annotation-card';
import { AnnotationForm } from '@/components/annotations/annotation-form';
import { MarkDiscussion } from '@/components/annotations/mark-discussion';
import type { ShownMark } from '@/components/annotations/use-workspace-marks';
import { ItemDots } from '@/components/live/item-dots';
import { useProcessRules } from '@/components/process/process-context';
import type { DotItem } from '@/lib/live/dot-round';
import type { ProcessView } from '@/lib/schemas/process';

import { featureName } from './feature-inspector';
import { FeaturePanel } from './feature-panel';
import type { useMarkActions } from './use-mark-actions';
import { selectedIdOf, type WorkspaceEvent, type WorkspaceState } from './workspace-mode';

type Props = {
  process: ProcessView;
  state: WorkspaceState;
  dispatch: Dispatch<WorkspaceEvent>;
  marks: ShownMark[];
  actions: ReturnType<typeof useMarkActions>;
  online: boolean;
  /** A display nobody acts from (the projector): the mark to read, without its support, dots and comments. */
  readOnly?: boolean;
  /** Where focus goes when the card closes: the mark's list entry, or the map. */
  onClosed: (id: string) => void;
  /** While a dot-vote round may take this person's dots: its button for the mark or place at hand. */
  vote?: (item: DotItem) => ReactNode;
};

export function MarkSheet({ process, state, dispatch, marks, actions, online, readOnly = false, onClosed, vote }: Props) {
  const t = useTranslations();
  const { viewer } = useProcessRules();
  const { mode } = state;
  const selectedId = selectedIdOf(mode);
  const selected = selectedId ? marks.find((mark) => mark.id === selectedId) : undefined;
  const openMark = (id: string) => dispatch({ type: 'markSelected', id, from: 'list' });

  if (mode.name === 'inspecting') {
    const layer = process.layers.find((entry) => entry.id === mode.feature.layerId);
    if (!layer) return null;
    const { feature } = mode;
    const startMark = () =>
      dispatch({
        type: 'featureMarkStarted',
        shape: { kind: 'point', geometry: { type: 'Point', coordinates: feature.lngLat }, about: { layerId: feature.layerId, featureId: feature.featureId, name: featureName(feature) ?? t('layers.feature.untitled', { id: feature.featureId }) } },
      });
    const onFeature = marks.filter((mark) => mark.layerId === feature.layerId && mark.featureId === feature.featureId);
    return <FeaturePanel picked={feature} layer={layer} marks={onFeature} canAnnotate={state.mayDraw} signedIn={!!viewer} onAnnotate={startMark} onOpenMark={openMark} onClose={() => dispatch({ type: 'featurePicked', feature: null })} vote={online && vote?.({ itemType: 'feature', itemId: feature.featureId, layerId: feature.layerId })} />;
  }
  if (mode.name === 'placing') {
    const title = mode.shape.about ? t('layers.feature.newMarkTitle', { name: mode.shape.about.name }) : t('annotations.form.newTitle');
    return <AnnotationForm title={title} categories={process.categories} onSave={actions.saveNew} onCancel={() => dispatch({ type: 'cancelled' })} />;
  }
  if (!selected) return null;
  if (mode.name === 'editing') {
    return <AnnotationForm title={t('annotations.form.editTitle')} categories={process.categories} initial={{ category: selected.category, text: selected.text }} onSave={(values) => actions.saveText(selected, values)} onCancel={() => dispatch({ type: 'cancelled' })} />;
  }
  const layerName = selected.layerId ? process.layers.find((layer) => layer.id === selected.layerId)?.name : undefined;
  const about = [
    selected.layerId && (layerName ? t('layers.feature.markAbout', { layer: layerName }) : t('layers.feature.markAboutRemoved')),
    selected.scenarioId && t('layers.scenarios.markIn', { name: process.scenarios.find((sc) => sc.id === selected.scenarioId)?.name ?? '—' }),
  ].filter(Boolean).join(' · ');
  return (
    <AnnotationCard
      annotation={selected}
      hiddenReason={selected.hiddenReason}
      about={about}
      category={process.categories.find((c) => c.id === selected.category)}
      canChange={state.mayDraw && actions.mayChange(selected)}
      changeOffReason={actions.changeOffReason(selected)}
      reshaping={mode.name === 'reshaping'}
      onClose={() => {
        dispatch({ type: 'markClosed' });
        onClosed(selected.id);
      }}
      onEdit={() => dispatch({ type: 'editStarted' })}
      onReshape={() => dispatch({ type: 'reshapeStarted', geometry: selected.geometry })}
      onSaveShape={() => actions.saveShape(selected)}
      onCancelShape={() => dispatch({ type: 'cancelled' })}
      onDelete={() => actions.remove(selected)}
      vote={online && vote?.({ itemType: 'mark', itemId: selected.id })}
      discussion={
        online &&
        !readOnly && (
          <>
            <ItemDots slug={process.slug} item={{ itemType: 'mark', itemId: selected.id }} />
            <MarkDiscussion mark={selected} />
          </>
        )
      }
    />
  );
}
