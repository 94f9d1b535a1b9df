'use client';

// The remote basemaps an admin registered, each with its address, its credit and a way to remove it.
import { useTranslations } from 'next-intl';

import type { RemoteBasemapKind } from '@/lib/schemas/basemap';

import { FormError } from '../ui/form-error';
import { useRefreshingRequest } from '../layers/use-refreshing-request';

type Remote = { id: string; name: string; kind: RemoteBasemapKind; url: string; attribution: string };

export function RemoteBasemapList({ basemaps }: { basemaps: Remote[] }) {
  const t = useTranslations('basemaps.remote');
  const { error, send } = useRefreshingRequest();
  const remove = async (basemap: Remote) => {
    if (window.confirm(t('confirmRemove', { name: basemap.name }))) await send(`/api/basemaps/${basemap.id}`, 'DELETE');
  };

  return (
    <section aria-labelledby="remote-basemaps-title" className="card-section">
      <h2 id="remote-basemaps-title">{t('title')}</h2>
      <p className="hint">{t('intro')}</p>
      <FormError failure={error} />
      {basemaps.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul className="manage-list">
          {basemaps.map((basemap) => (
            <li key={basemap.id} className="manage-item" data-basemap={basemap.id}>
              <div className="manage-row">
                <div>
                  <strong>{basemap.name}</strong>
                  <p className="mark-meta">
                    {t(`kinds.${basemap.kind}`)} · <span className="mark-text">{basemap.url}</span>
                  </p>
                  <p className="mark-meta">{basemap.attribution}</p>
                </div>
                <div className="form-actions">
                  <button type="button" className="button button-quiet button-danger" onClick={() => remove(basemap)} aria-label={t('removeLabel', { name: basemap.name })}>
                    {t('remove')}
                  </button>
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
