'use client';

// The process's layers in their order: move, show by default, restyle, remove.
import { useTranslations } from 'next-intl';
import { useState } from 'react';

import { isRaster } from '@/lib/map/layer-style';
import type { LayerView } from '@/lib/schemas/layer';

import { FormError } from '../ui/form-error';
import { StyleEditor, type StyleValue } from './style-editor';
import { useRefreshingRequest } from './use-refreshing-request';

export function LayerListEditor({ slug, layers }: { slug: string; layers: LayerView[] }) {
  const t = useTranslations('layers.manage');
  const { error, send } = useRefreshingRequest();
  const [editing, setEditing] = useState<string | null>(null);
  const [look, setLook] = useState<StyleValue | null>(null);

  const change = (layerId: string, patch: Record<string, unknown>) => send(`/api/processes/${slug}/layers/${layerId}`, 'PATCH', patch);
  const remove = async (layer: LayerView) => {
    if (window.confirm(t('confirmDelete', { name: layer.name }))) await send(`/api/processes/${slug}/layers/${layer.id}`, 'DELETE');
  };

  return (
    <section aria-labelledby="layer-list-title" className="card-section">
      <h2 id="layer-list-title">{t('title')}</h2>
      <FormError failure={error} />
      <ol className="manage-list">
        {layers.map((layer, index) => (
          <li key={layer.id} className="manage-item" data-layer={layer.slug}>
            <div className="manage-row">
              <div>
                <strong>{layer.name}</strong>
                <p className="mark-meta">
                  {t(`kinds.${layer.sourceType}`)}
                  {layer.sourceType === 'upload' && ` · ${t('features', { count: layer.featureCount })}`} · {layer.owner}
                </p>
              </div>
              <div className="form-actions">
                <button type="button" className="button button-quiet" disabled={index === 0} onClick={() => change(layer.id, { position: index - 1 })} aria-label={t('moveUp', { name: layer.name })}>
                  ↑
                </button>
                <button type="button" className="button button-quiet" disabled={index === layers.length - 1} onClick={() => change(layer.id, { position: index + 1 })} aria-label={t('moveDown', { name: layer.name })}>
                  ↓
                </button>
                <label className="inline-check">
                  <input type="checkbox" checked={layer.visibleByDefault} onChange={(e) => change(layer.id, { visibleByDefault: e.target.checked })} /> {t('shownAtStart')}
                </label>
                {layer.areaCount > 0 && (
                  <label className="inline-check">
                    <input type="checkbox" checked={layer.districts} onChange={(e) => change(layer.id, { districts: e.target.checked })} /> {t('districts')}
                  </label>
                )}
                <button type="button" className="button button-quiet" aria-expanded={editing === layer.id} onClick={() => { setEditing(editing === layer.id ? null : layer.id); setLook(null); }}>
                  {t('editStyle')}
                </button>
                <button type="button" className="button button-quiet button-danger" onClick={() => remove(layer)}>
                  {t('delete')}
                </button>
              </div>
            </div>
            {editing === layer.id && (
              <div className="style-panel">
                <StyleEditor name={layer.name} attributes={layer.attributes} raster={isRaster(layer)} initial={layer.style} onChange={setLook} />
                <div className="form-actions">
                  <button type="button" className="button" disabled={!look} onClick={async () => { if (look && (await change(layer.id, look))) setEditing(null); }}>
                    {t('saveStyle')}
                  </button>
                  <button type="button" className="button button-quiet" onClick={() => setEditing(null)}>
                    {t('cancel')}
                  </button>
                </div>
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
