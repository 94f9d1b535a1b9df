'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';

import { BODY_MAX, TITLE_MAX } from '@/lib/schemas/participation';
import type { Category } from '@/lib/schemas/process';

/** A proposal's title, text and category, as the new-proposal and edit forms both ask for them. */
export function ProposalFields({ categories, initial }: { categories: Category[]; initial?: { title: string; body: string; category: string } }) {
  const t = useTranslations('participation.form');
  const id = useId();
  return (
    <>
      <label>
        {t('titleLabel')}
        <input name="title" required maxLength={TITLE_MAX} aria-describedby={`${id}-title-limit`} defaultValue={initial?.title} />
        <span id={`${id}-title-limit`} className="hint">{t('limit', { max: TITLE_MAX })}</span>
      </label>
      <label>
        {t('bodyLabel')}
        <textarea name="body" required maxLength={BODY_MAX} rows={8} aria-describedby={`${id}-body-limit`} defaultValue={initial?.body} />
        <span id={`${id}-body-limit`} className="hint">{t('limit', { max: BODY_MAX })}</span>
      </label>
      <label>
        {t('category')}
        <select name="category" defaultValue={initial?.category ?? categories[0]?.id}>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>{c.label}</option>
          ))}
        </select>
      </label>
    </>
  );
}
