'use client';

import { useTranslations } from 'next-intl';

import type { LayerView } from '@/lib/schemas/layer';

type Props = {
  layers: LayerView[];
  visible: Record<string, boolean>;
  onToggle: (layerId: string, visible: boolean) => void;
};

export function LayerPanel({ layers, visible, onToggle }: Props) {
  const t = useTranslations('process');
  return (
    <section aria-labelledby="layers-title" className="layer-panel">
      <h2 id="layers-title">{t('layers')}</h2>
      <p className="hint">{t('layersHint')}</p>
      <ul className="layer-list">
        {layers.map((layer) => (
          <li key={layer.id} className="layer-item" data-layer={layer.slug}>
            <label className="layer-toggle">
              <input type="checkbox" checked={visible[layer.id] ?? false} onChange={(event) => onToggle(layer.id, event.target.checked)} />
              <span className="layer-name">{layer.name}</span>
              {layer.illustrative && <span className="badge badge-warning">{t('illustrative')}</span>}
            </label>
            <p className="layer-description">{layer.description}</p>
            {layer.illustrative && <p className="layer-note">{t('illustrativeNote')}</p>}
            <ul className="legend" aria-label={t('legend', { name: layer.name })}>
              {layer.legend.map((row) => (
                <li key={row.label}>
                  <span className="swatch" style={{ background: row.color }} aria-hidden="true" />
                  {row.label}
                </li>
              ))}
            </ul>
            <p className="layer-source">
              {t('source', { owner: layer.owner })} · {layer.attribution}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
