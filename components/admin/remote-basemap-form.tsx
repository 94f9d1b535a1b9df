'use client';

// Registers a remote basemap: a MapLibre style or raster tiles that people's browsers fetch from the
// service itself (the server stores the address and never fetches it). A problem shows at its field.
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';

import { ApiError } from '@/lib/errors/api-error';
import { REMOTE_BASEMAP_KINDS, type RemoteBasemapKind } from '@/lib/schemas/basemap';

import { FormError } from '../ui/form-error';
import { useRefreshingRequest } from '../layers/use-refreshing-request';

const FIELDS = ['name', 'url', 'attribution'] as const;

/** The field a refusal names, when it is one of this form's. */
function fieldOf(failure: unknown): string | null {
  const field = failure instanceof ApiError ? failure.body?.params?.field : null;
  return typeof field === 'string' && (FIELDS as readonly string[]).includes(field) ? field : null;
}

export function RemoteBasemapForm() {
  const t = useTranslations('basemaps.register');
  const { error, send } = useRefreshingRequest();
  const [kind, setKind] = useState<RemoteBasemapKind>('style');
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const at = fieldOf(error);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const field = (name: (typeof FIELDS)[number]) => String(form.get(name) ?? '').trim();
    const input = { kind, name: field('name'), url: field('url'), attribution: field('attribution') };
    setBusy(true);
    setDone(null);
    if (await send('/api/basemaps', 'POST', input)) {
      setDone(t('done', { name: input.name }));
      formElement.reset();
    }
    setBusy(false);
  };

  const described = (field: string) => ({ 'aria-invalid': at === field || undefined, 'aria-describedby': `basemap-${field}-hint${at === field ? ' basemap-form-error' : ''}` });
  const fieldError = (field: string) => at === field && <span id="basemap-form-error"><FormError failure={error} /></span>;

  return (
    <section aria-labelledby="register-basemap-title" className="card-section">
      <h2 id="register-basemap-title">{t('title')}</h2>
      <form className="stack-form" onSubmit={submit} aria-busy={busy} noValidate>
        <label className="field">
          {t('kind')}
          <select name="kind" value={kind} onChange={(event) => setKind(event.target.value as RemoteBasemapKind)}>
            {REMOTE_BASEMAP_KINDS.map((value) => (
              <option key={value} value={value}>
                {t(`kinds.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('name')}
          <input name="name" required maxLength={80} {...described('name')} />
          <span className="hint" id="basemap-name-hint">{t('nameHint')}</span>
          {fieldError('name')}
        </label>
        <label className="field">
          {t('url')}
          <input name="url" type="url" required placeholder={t(`placeholders.${kind}`)} {...described('url')} />
          <span className="hint" id="basemap-url-hint">{t(`hints.${kind}`)}</span>
          {fieldError('url')}
        </label>
        <label className="field">
          {t('attribution')}
          <input name="attribution" required maxLength={300} placeholder={t('attributionPlaceholder')} {...described('attribution')} />
          <span className="hint" id="basemap-attribution-hint">{t('attributionHint')}</span>
          {fieldError('attribution')}
        </label>
        {!at && <FormError failure={error} />}
        {done && (
          <p className="form-success" role="status">
            {done}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('working') : t('submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
