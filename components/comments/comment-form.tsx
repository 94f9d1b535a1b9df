'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';

import { FormError } from '../ui/form-error';

/** `offReason`: why writing is off for now (a live session's phase): the form stays in view, switched off, saying so. */
type Props = { label: string; onSubmit: (body: string) => Promise<void>; initial?: string; onCancel?: () => void; offReason?: string | null };

/** Writing, replying to or editing a comment; the text stays when sending fails. */
export function CommentForm({ label, onSubmit, initial = '', onCancel, offReason = null }: Props) {
  const t = useTranslations('participation.comments');
  const reasonId = useId();
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
      <fieldset disabled={!!offReason}>
        <label className="field">
          {label}
          <textarea value={body} onChange={(event) => setBody(event.target.value)} rows={3} maxLength={5000} required aria-describedby={offReason ? reasonId : undefined} />
        </label>
        {offReason && (
          <p className="hint" id={reasonId} data-testid="comments-off-reason">
            {offReason}
          </p>
        )}
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
      </fieldset>
    </form>
  );
}
