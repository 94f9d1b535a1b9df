'use client';

// The panel beside the map: the process, then tabs for its marks, proposals and layers (ARIA tabs
// with arrow keys, from Radix).
import * as Tabs from '@radix-ui/react-tabs';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

import { AnnotationList } from '@/components/annotations/annotation-list';
import type { ShownMark } from '@/components/annotations/use-workspace-marks';
import { useProcessRules } from '@/components/process/process-context';
import { ProcessDescription, ProcessTitle } from '@/components/process/process-texts';
import { ProposalList } from '@/components/proposals/proposal-list';
import type { ProcessView } from '@/lib/schemas/process';

import { LayerPanel } from './layer-panel';
import type { LayerView } from './use-layer-view';

type Props = {
  process: ProcessView;
  marks: ShownMark[];
  shownCategories: Set<string>;
  onToggleCategory: (id: string, shown: boolean) => void;
  selectedId: string | null;
  onOpenMark: (id: string) => void;
  layerView: LayerView;
  mapArea: [number, number, number, number] | null;
};

export function SidePanel({ process, marks, shownCategories, onToggleCategory, selectedId, onOpenMark, layerView, mapArea }: Props) {
  const t = useTranslations();
  const { can, viewer, known, locked } = useProcessRules();
  const [tab, setTab] = useState('marks');
  const readOnlyNote = process.status !== 'open' ? t('process.closedNote') : locked ? t('process.lockedNote') : viewer?.blocked ? t('process.blockedNote') : null;
  return (
    <aside className="side-panel" aria-label={t('process.panel')}>
      <section aria-labelledby="process-title">
        <h1 id="process-title"><ProcessTitle process={process} /></h1>
        <ProcessDescription process={process} />
        <p>
          <Link href={`/p/${process.slug}/outcomes`}>{t('process.outcomesLink')}</Link>
        </p>
        {readOnlyNote && (
          <p className="notice" role="note" data-testid="read-only-note">
            {readOnlyNote}
          </p>
        )}
        {can('content.moderate') && (
          <Link href={`/p/${process.slug}/moderation`} className="button button-quiet">
            {t('participation.moderation.link')}
          </Link>
        )}
        {can('process.review') && (
          <Link href={`/p/${process.slug}/review`} className="button button-quiet">
            {t('review.link')}
          </Link>
        )}
        {can('session.run') && (
          <Link href={`/p/${process.slug}/live`} className="button button-quiet" data-testid="live-console-link">
            {t('live.console.link')}
          </Link>
        )}
        {can('process.review') && (
          <Link href={`/p/${process.slug}/live/sessions`} className="button button-quiet">
            {t('live.sessions.link')}
          </Link>
        )}
      </section>
      <Tabs.Root value={tab} onValueChange={setTab}>
        <Tabs.List className="tabs" aria-label={t('annotations.tabs.label')}>
          {(['marks', 'proposals', 'layers'] as const).map((name) => (
            <Tabs.Trigger key={name} value={name} className="tab">
              {name === 'marks' ? t('annotations.tabs.marks', { count: marks.length }) : t(`annotations.tabs.${name}`)}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        <Tabs.Content value="marks">
          {known && !viewer && <p className="hint">{t('annotations.tools.signInToDraw')}</p>}
          <AnnotationList annotations={marks} categories={process.categories} shownCategories={shownCategories} onToggleCategory={onToggleCategory} selectedId={selectedId} onSelect={onOpenMark} />
        </Tabs.Content>
        <Tabs.Content value="proposals">
          <ProposalList slug={process.slug} categories={process.categories} canPropose={can('proposal.create')} mapArea={mapArea} />
        </Tabs.Content>
        <Tabs.Content value="layers">
          <LayerPanel
            slug={process.slug}
            layers={process.layers}
            scenarios={process.scenarios}
            scenarioId={layerView.scenarioId}
            onScenario={layerView.chooseScenario}
            visible={layerView.visible}
            failing={layerView.failing}
            onToggle={layerView.toggle}
            canManage={can('layer.manage')}
          />
        </Tabs.Content>
      </Tabs.Root>
    </aside>
  );
}
