'use client';

// The review's period and category: every figure, chart, list and the map follow them.
import { useTranslations } from 'next-intl';

import type { Category } from '@/lib/schemas/process';

import { NO_SELECTION, type ReviewSelection } from './review-query';

type Props = { selection: ReviewSelection; categories: Category[]; onChange: (next: ReviewSelection) => void };

export function ReviewFilters({ selection, categories, onChange }: Props) {
  const t = useTranslations('review.filters');
  const set = (change: Partial<ReviewSelection>) => onChange({ ...selection, ...change });
  return (
    <form className="review-filters" aria-label={t('label')} onSubmit={(event) => event.preventDefault()}>
      <label>
        {t('from')}
        <input type="date" value={selection.from} max={selection.to || undefined} onChange={(e) => set({ from: e.target.value })} />
      </label>
      <label>
        {t('to')}
        <input type="date" value={selection.to} min={selection.from || undefined} onChange={(e) => set({ to: e.target.value })} />
      </label>
      <label>
        {t('category')}
        <select value={selection.category} onChange={(e) => set({ category: e.target.value })}>
          <option value="">{t('allCategories')}</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>{c.label}</option>
          ))}
        </select>
      </label>
      {(selection.from || selection.to || selection.category || selection.area || selection.district) && (
        <button type="button" className="button button-quiet" onClick={() => onChange(NO_SELECTION)}>{t('reset')}</button>
      )}
    </form>
  );
}
