'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';

import { annotationTextSchema, TEXT_MAX } from '@/lib/collab/annotation';
import type { Category } from '@/lib/schemas/process';

import { CategorySymbol } from './category-symbol';
import { FormError } from '../ui/form-error';

type Props = {
  title: string;
  categories: Category[];
  initial?: { category: string; text: string };
  error?: string | null;
  onSave: (values: { category: string; text: string }) => void;
  onCancel: () => void;
};

export function AnnotationForm({ title, categories, initial, error, onSave, onCancel }: Props) {
  const t = useTranslations('annotations.form');
  const id = useId();
  const [category, setCategory] = useState(initial?.category ?? categories[0]?.id ?? 'idea');
  const [text, setText] = useState(initial?.text ?? '');
  const [tried, setTried] = useState(false);
  // The rule the collab guard applies; a blank text is only named once the person tried to save.
  const problem = annotationTextSchema.safeParse(text).error?.issues[0]?.message;
  const shown = problem === 'tooLong' || (problem && tried) ? problem : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!problem) onSave({ category, text: text.trim() });
  }

  return (
    <form className="annotation-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <fieldset className="category-chips">
        <legend>{t('category')}</legend>
        {categories.map((entry) => (
          <label key={entry.id} className="chip" style={{ '--chip-color': entry.color } as React.CSSProperties}>
            <input type="radio" name={`${id}-category`} value={entry.id} checked={category === entry.id} onChange={() => setCategory(entry.id)} />
            <CategorySymbol category={entry} />
            {entry.label}
          </label>
        ))}
      </fieldset>
      <label className="field">
        {t('text')}
        <textarea value={text} onChange={(event) => setText(event.target.value)} rows={3} autoFocus aria-required="true" aria-describedby={`${id}-hint`} aria-invalid={Boolean(shown)} />
        <span id={`${id}-hint`} className={shown ? 'form-error' : 'hint'} aria-live="polite">
          {shown === 'tooLong' ? t('tooLong', { max: TEXT_MAX }) : shown ? t('empty') : t('textHint', { max: TEXT_MAX })}
        </span>
      </label>
      <FormError message={error} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={shown === 'tooLong'}>
          {t('save')}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
