'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';

import { FormError } from '../ui/form-error';

type Props = { label: string; onSubmit: (body: string) => Promise<void>; initial?: string; onCancel?: () => void };

/** Writing, replying to or editing a comment; the text stays when sending fails. */
export function CommentForm({ label, onSubmit, initial = '', onCancel }: Props) {
  const t = useTranslations('participation.comments');
  const [body, setBody] = useState(initial);
  const [failure, setFailure] = useState<unknown>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await onSubmit(body);
      setBody('');
      setFailure(null);
    } catch (refusal) {
      setFailure(refusal);
    }
  }
  return (
    <form className="comment-form" onSubmit={submit}>
      <label className="field">
        {label}
        <textarea value={body} onChange={(event) => setBody(event.target.value)} rows={3} maxLength={5000} required />
      </label>
      <FormError failure={failure} />
      <div className="form-actions">
        <button type="submit" className="button">
          {initial ? t('save') : t('submit')}
        </button>
        {onCancel && (
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
