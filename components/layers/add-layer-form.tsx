'use client';

// Adds a layer: a file uploaded and imported on the server, or a remote source the browser will read.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';

import { REMOTE_SOURCE_TYPES, type LayerStyle } from '@/lib/schemas/layer';

import { sendJson } from '@/lib/http/send-json';
import { FormError } from '../ui/form-error';
import { StyleEditor, type StyleValue } from './style-editor';
import { useLayerImport } from './use-layer-import';

type RemoteType = (typeof REMOTE_SOURCE_TYPES)[number];
const DEFAULT_STYLE: LayerStyle = { color: '#0072B2', opacity: 0.7 };

export function AddLayerForm({ slug }: { slug: string }) {
  const t = useTranslations('layers.add');
  const router = useRouter();
  const [kind, setKind] = useState<'upload' | 'remote'>('upload');
  const [remoteType, setRemoteType] = useState<RemoteType>('xyz');
  const [look, setLook] = useState<StyleValue>({ style: DEFAULT_STYLE, legend: [] });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const { progress, upload: importFile } = useLayerImport(slug);
  const raster = kind === 'remote' && ['xyz', 'wms', 'wmts'].includes(remoteType);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => String(form.get(name) ?? '').trim();
    // A single colour's legend row is named after the layer; a choropleth brings its own rows.
    const legend = raster ? [] : typeof look.style.color === 'string' ? [{ label: field('name'), color: look.style.color }] : look.legend;
    const details = {
      name: field('name'),
      description: field('description'),
      owner: field('owner'),
      attribution: field('attribution'),
      illustrative: form.get('illustrative') === 'on',
      visibleByDefault: form.get('visibleByDefault') === 'on',
      style: look.style,
      legend,
    };
    setBusy(true);
    setFailure(null);
    setDone(null);
    try {
      let result: { layer: { name: string; featureCount: number } };
      if (kind === 'upload') {
        const upload = new FormData();
        upload.set('file', form.get('file') as File);
        upload.set('details', JSON.stringify(details));
        result = { layer: await importFile(upload) };
      } else {
        const source = { type: remoteType, url: field('url'), layers: field('wmsLayers'), layer: field('wmtsLayer'), matrixSet: field('matrixSet'), sourceLayer: field('sourceLayer') };
        result = await sendJson(`/api/processes/${slug}/layers`, 'POST', { ...details, source });
      }
      setDone(kind === 'upload' ? t('imported', { name: result.layer.name, count: result.layer.featureCount }) : t('registered', { name: result.layer.name }));
      (event.target as HTMLFormElement).reset();
      router.refresh();
    } catch (problem) {
      setFailure(problem);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="add-layer-title" className="card-section">
      <h2 id="add-layer-title">{t('title')}</h2>
      <form className="stack-form" onSubmit={submit} aria-busy={busy}>
        <div className="radio-row" role="radiogroup" aria-label={t('kind')}>
          <label>
            <input type="radio" name="kind" checked={kind === 'upload'} onChange={() => setKind('upload')} /> {t('upload')}
          </label>
          <label>
            <input type="radio" name="kind" checked={kind === 'remote'} onChange={() => setKind('remote')} /> {t('remote')}
          </label>
        </div>
        {kind === 'upload' ? (
          <label className="field">
            {t('file')}
            <input type="file" name="file" required accept=".geojson,.json,.kml,.gpx,.zip,.kmz" />
            <span className="hint">{t('fileHint')}</span>
          </label>
        ) : (
          <>
            <label className="field">
              {t('sourceType')}
              <select value={remoteType} onChange={(e) => setRemoteType(e.target.value as RemoteType)}>
                {REMOTE_SOURCE_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`types.${type}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              {t('url')}
              <input name="url" type="url" required placeholder={t(`placeholders.${remoteType}`)} />
              <span className="hint">{t(`hints.${remoteType}`)}</span>
            </label>
            {remoteType === 'wms' && (
              <label className="field">
                {t('wmsLayers')}
                <input name="wmsLayers" required />
              </label>
            )}
            {remoteType === 'wmts' && (
              <div className="style-grid">
                <label className="field">
                  {t('wmtsLayer')}
                  <input name="wmtsLayer" />
                </label>
                <label className="field">
                  {t('matrixSet')}
                  <input name="matrixSet" placeholder="GoogleMapsCompatible" />
                </label>
              </div>
            )}
            {(remoteType === 'vector' || remoteType === 'pmtiles') && (
              <label className="field">
                {t('sourceLayer')}
                <input name="sourceLayer" required />
              </label>
            )}
          </>
        )}
        <label className="field">
          {t('name')}
          <input name="name" required maxLength={80} />
        </label>
        <label className="field">
          {t('description')}
          <textarea name="description" rows={2} maxLength={600} />
        </label>
        <div className="style-grid">
          <label className="field">
            {t('owner')}
            <input name="owner" required maxLength={120} placeholder={t('ownerPlaceholder')} />
          </label>
          <label className="field">
            {t('attribution')}
            <input name="attribution" required={kind === 'remote'} maxLength={300} placeholder={t('attributionPlaceholder')} />
          </label>
        </div>
        <StyleEditor key={`${kind}-${raster}`} name="" attributes={[]} raster={raster} initial={DEFAULT_STYLE} onChange={setLook} colourOnly />
        <p className="hint">{t('styleLater')}</p>
        <div className="radio-row">
          <label>
            <input type="checkbox" name="visibleByDefault" defaultChecked /> {t('visibleByDefault')}
          </label>
          <label>
            <input type="checkbox" name="illustrative" /> {t('illustrative')}
          </label>
        </div>
        <FormError failure={failure} />
        {(done || progress) && (
          <p className={done ? 'form-success' : 'hint'} role="status">
            {done ?? (progress!.state === 'queued' ? t('queued', { ahead: progress!.ahead }) : t('importProgress', { percent: progress!.progress }))}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? (kind === 'upload' ? t('importing') : t('working')) : kind === 'upload' ? t('submitUpload') : t('submitRemote')}
          </button>
        </div>
      </form>
    </section>
  );
}
