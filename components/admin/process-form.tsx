'use client';

// Creating or changing a process: every problem is said next to its field, whether the browser
// found it (the shared schema) or the server did (its `field`).
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

import { ApiError, apiErrorOf } from '@/lib/errors/api-error';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { LOCALES } from '@/lib/i18n/locales';
import { nextStatuses } from '@/lib/process/lifecycle';
import { createProcessSchema, updateProcessSchema } from '@/lib/schemas/process-input';
import type { Bounds, ProcessView } from '@/lib/schemas/process';
import { installedSource, type BasemapChoice, type BasemapOption } from '@/lib/schemas/basemap';
import { FormError } from '@/components/ui/form-error';

import { CategoryFields } from './category-fields';
import { FormField } from './form-field';
import { fieldIssues, fieldKey, initialValues, toPayload, type FormValues } from './process-form-values';
import { ProcessTextsFields } from './process-texts-fields';
import { TerritoryFields } from './territory-fields';
import type { AreaLayerChoice } from './territory-from-layer';

type Props = { process: ProcessView | null; basemaps: BasemapOption[]; choices: Record<string, BasemapChoice>; areaLayers?: AreaLayerChoice[]; around: Bounds };
type Problem = { code: string; params?: Record<string, string | number> };

const CATEGORY_FIELDS = new Set(['label', 'labels', 'color', 'symbol', 'icon', 'id']);

export function ProcessForm({ process, basemaps, choices, areaLayers = [], around }: Props) {
  const t = useTranslations('processAdmin');
  const errorText = useErrorText();
  const router = useRouter();
  const [values, setValues] = useState<FormValues>(() => initialValues(process, basemaps[0]?.id ?? '/basemap/style.json'));
  const [problems, setProblems] = useState<Record<string, Problem>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [confirm, setConfirm] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const set = (patch: Partial<FormValues>) => { setValues((current) => ({ ...current, ...patch })); setSaved(false); };
  const errorOf = (key: string) => (problems[key] ? errorText(problems[key]) : null);
  const statuses = process ? [process.status, ...nextStatuses(process.status)] : (['draft', 'open'] as const);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setFailure(null);
    const payload = { ...toPayload(values, process?.status ?? null), ...(confirm ? { confirm: true } : {}) };
    const checked = (process ? updateProcessSchema : createProcessSchema).safeParse(payload);
    if (!checked.success) {
      const issues = fieldIssues(checked.error, values.language);
      setProblems(Object.fromEntries(Object.entries(issues).map(([key, issue]) => [key, { code: 'invalid_input', params: issue }])));
      return;
    }
    setProblems({});
    setSaving(true);
    try {
      const response = await fetch(process ? `/api/processes/${process.slug}` : '/api/processes', { method: process ? 'PATCH' : 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
      if (!response.ok) throw await apiErrorOf(response);
      const answer = (await response.json()) as ProcessView;
      setSaved(true);
      setConfirm(false);
      router.replace(`/admin/processes/${answer.slug}`);
      router.refresh();
    } catch (error) {
      const field = error instanceof ApiError ? error.body?.params?.field : undefined;
      if (typeof field === 'string' && error instanceof ApiError && error.body) {
        const key = CATEGORY_FIELDS.has(field) ? 'categories' : fieldKey([field], values.language);
        setProblems({ [key]: error.body as Problem });
      } else setFailure(error);
    } finally {
      setSaving(false);
    }
  }

  const count = Object.keys(problems).length;
  return (
    <form className="admin-form" onSubmit={submit} noValidate>
      {count > 0 && <p className="form-error" role="alert">{t('problems', { count })}</p>}
      <FormError failure={failure} />
      <FormField id="slug" label={t('slug')} hint={t('slugHint')} error={errorOf('slug')}>
        <input value={values.slug} onChange={(event) => set({ slug: event.target.value })} required autoCapitalize="none" spellCheck={false} />
      </FormField>
      <FormField id="language" label={t('language')}>
        <select value={values.language} onChange={(event) => set({ language: event.target.value as FormValues['language'] })}>
          {LOCALES.map((locale) => <option key={locale} value={locale}>{t(`languages.${locale}`)}</option>)}
        </select>
      </FormField>
      <ProcessTextsFields values={values} errorOf={errorOf} onChange={(locale, texts) => set({ texts: { ...values.texts, [locale]: texts } })} />
      <fieldset className="admin-fieldset">
        <legend>{t('lifecycle')}</legend>
        <FormField id="status" label={t('status')} hint={t('statusHint')} error={errorOf('status')}>
          <select value={values.status} onChange={(event) => set({ status: event.target.value as FormValues['status'] })}>
            {statuses.map((status) => <option key={status} value={status}>{t(`statuses.${status}`)}</option>)}
          </select>
        </FormField>
        <FormField id="opensAt" label={t('opensAt')} error={errorOf('opensAt')}>
          <input type="date" value={values.opensAt} onChange={(event) => set({ opensAt: event.target.value })} />
        </FormField>
        <FormField id="closesAt" label={t('closesAt')} error={errorOf('closesAt')}>
          <input type="date" value={values.closesAt} onChange={(event) => set({ closesAt: event.target.value })} />
        </FormField>
        {problems.closesAt?.code === 'closes_in_past' && (
          <label className="checkbox">
            <input type="checkbox" checked={confirm} onChange={(event) => setConfirm(event.target.checked)} /> {t('confirmPastClose')}
          </label>
        )}
      </fieldset>
      <TerritoryFields
        basemap={choices[values.basemap] ?? { source: installedSource(values.basemap), extent: null }}
        fromLayers={process ? { slug: process.slug, layers: areaLayers } : null}
        bounds={values.bounds} territory={values.territory} around={around} errorOf={errorOf} onChange={(bounds, territory) => set({ bounds, territory })} />
      <CategoryFields categories={values.categories} language={values.language} errorOf={errorOf} onChange={(categories) => set({ categories })} />
      <label className="checkbox">
        <input type="checkbox" checked={values.allowOppose} onChange={(event) => set({ allowOppose: event.target.checked })} /> {t('allowOppose')}
      </label>
      <FormField id="basemap" label={t('basemap')} error={errorOf('basemap')}>
        <select value={values.basemap} onChange={(event) => set({ basemap: event.target.value })}>
          {!basemaps.some((basemap) => basemap.id === values.basemap) && <option value={values.basemap}>{values.basemap}</option>}
          {basemaps.map((basemap) => <option key={basemap.id} value={basemap.id}>{basemap.name}</option>)}
        </select>
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button" disabled={saving} aria-busy={saving}>{process ? t('save') : t('create')}</button>
        {saved && <p role="status" className="hint">{t('saved')}</p>}
      </div>
    </form>
  );
}
