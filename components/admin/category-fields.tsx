'use client';

// The kinds of marks people choose from: a name per language, a colour, a symbol and an icon we ship.
import { useTranslations } from 'next-intl';

import { LOCALES } from '@/lib/i18n/locales';
import { CATEGORY_ICONS, categoryIconUrl } from '@/lib/process/category-icons';
import type { Category } from '@/lib/schemas/process';

import { FormField } from './form-field';

type Props = { categories: Category[]; language: string; errorOf: (key: string) => string | null; onChange: (categories: Category[]) => void };

// Okabe–Ito, the colour-blind-safe palette the map uses.
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#000000'];

export function CategoryFields({ categories, language, errorOf, onChange }: Props) {
  const t = useTranslations('processAdmin');
  const set = (index: number, patch: Partial<Category>) => onChange(categories.map((category, i) => (i === index ? { ...category, ...patch } : category)));
  const add = () => {
    const n = categories.length + 1;
    onChange([...categories, { id: `kind-${Date.now().toString(36)}`, label: '', color: PALETTE[(n - 1) % PALETTE.length], symbol: String(n), icon: 'pin' }]);
  };
  return (
    <fieldset className="admin-fieldset">
      <legend>{t('categories')}</legend>
      <p className="hint">{t('categoriesHint')}</p>
      {errorOf('categories') && <p className="field-error">{errorOf('categories')}</p>}
      <ol className="category-editor">
        {categories.map((category, index) => {
          const key = (field: string) => `categories.${index}.${field}`;
          return (
            <li key={category.id}>
              <FormField id={`category-${index}-label`} label={t('categoryName', { language: t(`languages.${language}`) })} error={errorOf(key('label'))}>
                <input value={category.label} onChange={(event) => set(index, { label: event.target.value })} required />
              </FormField>
              {LOCALES.filter((locale) => locale !== language).map((locale) => (
                <FormField key={locale} id={`category-${index}-label-${locale}`} label={t('categoryName', { language: t(`languages.${locale}`) })} error={errorOf(key(`labels`))}>
                  <input value={category.labels?.[locale] ?? ''} lang={locale} onChange={(event) => set(index, { labels: { ...category.labels, [locale]: event.target.value || undefined } })} />
                </FormField>
              ))}
              <FormField id={`category-${index}-color`} label={t('categoryColor')} error={errorOf(key('color'))}>
                <input type="color" value={category.color} onChange={(event) => set(index, { color: event.target.value })} />
              </FormField>
              <FormField id={`category-${index}-symbol`} label={t('categorySymbol')} hint={t('categorySymbolHint')} error={errorOf(key('symbol'))}>
                <input value={category.symbol} maxLength={2} onChange={(event) => set(index, { symbol: event.target.value })} required />
              </FormField>
              <FormField id={`category-${index}-icon`} label={t('categoryIcon')} error={errorOf(key('icon'))}>
                <select value={category.icon ?? 'pin'} onChange={(event) => set(index, { icon: event.target.value as Category['icon'] })}>
                  {CATEGORY_ICONS.map((icon) => <option key={icon} value={icon}>{t(`icons.${icon}`)}</option>)}
                </select>
              </FormField>
              {/* eslint-disable-next-line @next/next/no-img-element -- a tiny local SVG, no optimisation needed */}
              <img src={categoryIconUrl(category.icon ?? 'pin')} alt="" width={24} height={24} className="category-icon-preview" style={{ background: category.color }} />
              <button type="button" className="button button-quiet" onClick={() => onChange(categories.filter((_, i) => i !== index))}>
                {t('categoryRemove', { name: category.label || String(index + 1) })}
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button-quiet" onClick={add}>{t('categoryAdd')}</button>
    </fieldset>
  );
}
