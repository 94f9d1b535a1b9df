'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';

import { sendJson } from '@/lib/http/send-json';
import { useErrorText } from '@/lib/i18n/use-error-text';

/** A moderator hides an item with a reason readers see, or restores it. */
export function HideControl({ targetType, targetId, hidden, onDone }: { targetType: 'proposal' | 'comment' | 'annotation'; targetId: string; hidden: boolean; onDone?: () => void }) {
  const t = useTranslations('participation.moderation');
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await sendJson('/api/moderation', 'POST', { action: hidden ? 'restore' : 'hide', targets: [{ targetType, targetId }], reason });
      setOpen(false);
      onDone?.();
    } catch (failure) {
      setError(errorText(failure));
    }
  }

  if (!open) return <button type="button" className="link-button" onClick={() => setOpen(true)}>{hidden ? t('restore') : t('hide')}</button>;
  return (
    <form className="inline-form" onSubmit={submit}>
      <label className="field">
        {t('reason')}
        <input value={reason} onChange={(event) => setReason(event.target.value)} required maxLength={500} />
      </label>
      <button type="submit" className="button button-quiet">{hidden ? t('restore') : t('hide')}</button>
      {error && <span className="form-error" role="alert">{error}</span>}
    </form>
  );
}
