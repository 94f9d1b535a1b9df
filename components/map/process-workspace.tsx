'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

import type { ProcessView } from '@/lib/schemas/process';

import { LayerPanel } from './layer-panel';

const ProcessMap = dynamic(() => import('./process-map'), { ssr: false, loading: () => <MapSkeleton /> });

function MapSkeleton() {
  const t = useTranslations('process');
  return (
    <div className="map-skeleton" role="status">
      {t('mapLoading')}
    </div>
  );
}

export function ProcessWorkspace({ process }: { process: ProcessView }) {
  const t = useTranslations('process');
  const [visible, setVisible] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(process.layers.map((layer) => [layer.id, layer.visibleByDefault])),
  );
  const illustrativeShown = process.layers.filter((layer) => layer.illustrative && visible[layer.id]);

  return (
    <div className="workspace">
      <aside className="side-panel" aria-label={t('panel')}>
        <section aria-labelledby="process-title">
          <h1 id="process-title">{process.title}</h1>
          <p className="process-description">{process.description}</p>
        </section>
        <LayerPanel layers={process.layers} visible={visible} onToggle={(id, on) => setVisible((v) => ({ ...v, [id]: on }))} />
      </aside>
      <section className="map-area" aria-label={t('mapLabel', { title: process.title })}>
        <ProcessMap bounds={process.bounds} layers={process.layers} visible={visible} />
        {illustrativeShown.length > 0 && (
          <p className="map-banner" role="note" data-testid="illustrative-banner">
            {t('illustrativeBanner', { names: illustrativeShown.map((layer) => layer.name).join(', ') })}
          </p>
        )}
      </section>
    </div>
  );
}
