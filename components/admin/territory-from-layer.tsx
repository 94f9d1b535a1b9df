'use client';

// The territory taken from a layer of the process: pick the layer, then one of its areas, and its
// outline becomes the territory (its bounds too). Two selects and a button: the keyboard path.
import { useTranslations } from 'next-intl';
import { useState } from 'react';

import type { Bounds, Territory } from '@/lib/schemas/process';
import { apiErrorOf } from '@/lib/errors/api-error';
import { FormError } from '@/components/ui/form-error';

export type AreaLayerChoice = { id: string; name: string; areas: { featureId: string; name: string }[] };

type Props = { slug: string; layers: AreaLayerChoice[]; onPicked: (bounds: Bounds, territory: Territory) => void };

export function TerritoryFromLayer({ slug, layers, onPicked }: Props) {
  const t = useTranslations('processAdmin.fromLayer');
  const [layerId, setLayerId] = useState(layers[0]?.id ?? '');
  const [featureId, setFeatureId] = useState('');
  const [used, setUsed] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const layer = layers.find((candidate) => candidate.id === layerId);

  async function use() {
    setFailure(null);
    setUsed(null);
    try {
      const response = await fetch(`/api/processes/${encodeURIComponent(slug)}/layers/${encodeURIComponent(layerId)}/areas/${encodeURIComponent(featureId)}`, { cache: 'no-store' });
      if (!response.ok) throw await apiErrorOf(response);
      const area = (await response.json()) as { name: string; bounds: Bounds; territory: Territory };
      onPicked(area.bounds, area.territory);
      setUsed(area.name);
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <fieldset className="territory-from-layer">
      <legend>{t('title')}</legend>
      {layers.length === 0 ? <p className="hint">{t('none')}</p> : (
        <div className="bounds-fields">
          <label>{t('layer')}
            <select value={layerId} onChange={(event) => { setLayerId(event.target.value); setFeatureId(''); }}>
              {layers.map((candidate) => <option key={candidate.id} value={candidate.id}>{candidate.name}</option>)}
            </select>
          </label>
          <label>{t('area')}
            <select value={featureId} onChange={(event) => setFeatureId(event.target.value)}>
              <option value="">{t('choose')}</option>
              {layer?.areas.map((area) => <option key={area.featureId} value={area.featureId}>{area.name}</option>)}
            </select>
          </label>
          <button type="button" className="button button-quiet" disabled={!featureId} onClick={use}>{t('use')}</button>
        </div>
      )}
      <FormError failure={failure} />
      <p role="status" className="hint">{used ? t('used', { name: used }) : ''}</p>
    </fieldset>
  );
}
