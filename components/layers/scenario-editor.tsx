'use client';

// Scenarios of a process: a name, a description and the layers shown in it.
import { useFormatter, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';

import type { LayerView, ScenarioView } from '@/lib/schemas/layer';

import { FormError } from '../ui/form-error';
import { useRefreshingRequest } from './use-refreshing-request';

function ScenarioForm({ slug, layers, scenario, onDone }: { slug: string; layers: LayerView[]; scenario?: ScenarioView; onDone: () => void }) {
  const t = useTranslations('layers.scenarios');
  const { error, send } = useRefreshingRequest();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = event.currentTarget;
    const form = new FormData(target);
    const body = { name: String(form.get('name') ?? ''), description: String(form.get('description') ?? ''), layerIds: form.getAll('layerIds').map(String) };
    const saved = await send(scenario ? `/api/processes/${slug}/scenarios/${scenario.id}` : `/api/processes/${slug}/scenarios`, scenario ? 'PATCH' : 'POST', body);
    if (!saved) return;
    if (!scenario) target.reset();
    onDone();
  };
  const prefix = scenario ? `scenario-${scenario.id}` : 'scenario-new';
  return (
    <form className="stack-form" onSubmit={submit} aria-label={scenario ? t('editLabel', { name: scenario.name }) : t('newLabel')}>
      <label className="field">
        {t('name')}
        <input name="name" required maxLength={80} defaultValue={scenario?.name} />
      </label>
      <label className="field">
        {t('description')}
        <textarea name="description" rows={2} maxLength={600} defaultValue={scenario?.description} />
      </label>
      <fieldset>
        <legend>{t('layers')}</legend>
        {layers.map((layer) => (
          <label key={layer.id} className="inline-check" htmlFor={`${prefix}-${layer.id}`}>
            <input id={`${prefix}-${layer.id}`} type="checkbox" name="layerIds" value={layer.id} defaultChecked={scenario?.layerIds.includes(layer.id)} /> {layer.name}
          </label>
        ))}
      </fieldset>
      <FormError failure={error} />
      <div className="form-actions">
        <button type="submit" className="button">
          {scenario ? t('save') : t('create')}
        </button>
      </div>
    </form>
  );
}

export function ScenarioEditor({ slug, layers, scenarios }: { slug: string; layers: LayerView[]; scenarios: ScenarioView[] }) {
  const t = useTranslations('layers.scenarios');
  const format = useFormatter();
  const { error, send } = useRefreshingRequest();
  const [editing, setEditing] = useState<string | null>(null);
  const remove = async (scenario: ScenarioView) => {
    if (window.confirm(t('confirmDelete', { name: scenario.name }))) await send(`/api/processes/${slug}/scenarios/${scenario.id}`, 'DELETE');
  };
  return (
    <section aria-labelledby="scenarios-title" className="card-section">
      <h2 id="scenarios-title">{t('title')}</h2>
      <p className="hint">{t('hint')}</p>
      <FormError failure={error} />
      <ul className="manage-list">
        {scenarios.map((scenario) => (
          <li key={scenario.id} className="manage-item">
            <div className="manage-row">
              <div>
                <strong>{scenario.name}</strong>
                <p className="mark-meta">{format.list(scenario.layerIds.flatMap((id) => layers.find((l) => l.id === id)?.name ?? []))}</p>
              </div>
              <div className="form-actions">
                <button type="button" className="button button-quiet" aria-expanded={editing === scenario.id} onClick={() => setEditing(editing === scenario.id ? null : scenario.id)}>
                  {t('edit')}
                </button>
                <button type="button" className="button button-quiet button-danger" onClick={() => remove(scenario)}>
                  {t('delete')}
                </button>
              </div>
            </div>
            {editing === scenario.id && <ScenarioForm slug={slug} layers={layers} scenario={scenario} onDone={() => setEditing(null)} />}
          </li>
        ))}
      </ul>
      <h3>{t('newTitle')}</h3>
      <ScenarioForm slug={slug} layers={layers} onDone={() => undefined} />
    </section>
  );
}
