'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';

import type { LayerView, ScenarioView } from '@/lib/schemas/layer';

type Props = {
  slug: string;
  layers: LayerView[];
  scenarios: ScenarioView[];
  scenarioId: string | null;
  onScenario: (scenarioId: string | null) => void;
  visible: Record<string, boolean>;
  /** Layers whose tiles could not be loaded. */
  failing: ReadonlySet<string>;
  onToggle: (layerId: string, visible: boolean) => void;
  canManage: boolean;
};

export function LayerPanel({ slug, layers, scenarios, scenarioId, onScenario, visible, failing, onToggle, canManage }: Props) {
  const t = useTranslations('process');
  const tl = useTranslations('layers');
  const scenario = scenarios.find((s) => s.id === scenarioId);
  return (
    <section aria-labelledby="layers-title" className="layer-panel">
      <h2 id="layers-title">{t('layers')}</h2>
      {scenarios.length > 0 && (
        <div className="field scenario-choice">
          <label htmlFor="scenario-select">{tl('scenarios.label')}</label>
          <select id="scenario-select" value={scenarioId ?? ''} onChange={(event) => onScenario(event.target.value || null)}>
            <option value="">{tl('scenarios.none')}</option>
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          {scenario && <p className="hint">{scenario.description}</p>}
        </div>
      )}
      <p className="hint">{t('layersHint')}</p>
      {canManage && (
        <Link className="button button-quiet" href={`/p/${slug}/layers`}>
          {tl('manage.link')}
        </Link>
      )}
      <ul className="layer-list">
        {layers.map((layer) => (
          <li key={layer.id} className="layer-item" data-layer={layer.slug}>
            <label className="layer-toggle">
              <input type="checkbox" checked={visible[layer.id] ?? false} onChange={(event) => onToggle(layer.id, event.target.checked)} />
              <span className="layer-name">{layer.name}</span>
              {layer.illustrative && <span className="badge badge-warning">{t('illustrative')}</span>}
            </label>
            {layer.description && <p className="layer-description">{layer.description}</p>}
            {layer.illustrative && <p className="layer-note">{t('illustrativeNote')}</p>}
            {failing.has(layer.id) && visible[layer.id] && (
              <p className="layer-note layer-failing" role="status">
                {tl('failing')}
              </p>
            )}
            {layer.legend.length > 0 && (
              <ul className="legend" aria-label={t('legend', { name: layer.name })}>
                {layer.legend.map((row) => (
                  <li key={row.label}>
                    <span className="swatch" style={{ background: row.color }} aria-hidden="true" />
                    {row.label}
                  </li>
                ))}
              </ul>
            )}
            <p className="layer-source">
              {t('source', { owner: layer.owner })}
              {layer.attribution && ` · ${layer.attribution}`}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
